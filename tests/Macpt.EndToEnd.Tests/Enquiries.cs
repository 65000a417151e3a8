using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Macpt.EndToEnd.Tests;

/// <summary>Getting a child to a strategy discussion or an open Section 47 enquiry through the real services.</summary>
public static class Enquiries
{
    public static readonly object[] AllRequired =
    [
        new { agency = "local-authority", role = "Lead Child Protection Practitioner", practitionerId = "lcpp-0042" },
        new { agency = "police", role = "Detective sergeant", practitionerId = "pol-77" },
        new { agency = "health", role = "Named nurse", practitionerId = "nhs-5" },
        new { agency = "education", role = "Designated safeguarding lead" },
    ];

    public static object Outcome(string heldOn, bool thresholdMet, object[]? attended = null) => new
    {
        heldOn,
        thresholdMet,
        reasons = "Reasonable cause to suspect significant harm.",
        attended = attended ?? AllRequired,
        safetyActions = new[] { new { action = "Child to stay with grandparent tonight.", ownerAgency = "local-authority", dueBy = heldOn } },
        offerFamilyNetworkMeeting = true,
    };

    public static string Today() => Macpt.WorkingDays.LondonClock.Today(TimeProvider.System).ToString("yyyy-MM-dd");

    public static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A referral decided for strategy discussion (at <paramref name="now"/>), and its discussion once the event has arrived.</summary>
    public static async Task<(Guid ReferralId, Guid DiscussionId)> DiscussionAsync(MacptSystem system, DateTimeOffset? now, string? laChildId = null)
    {
        var receivedAt = (now ?? DateTimeOffset.UtcNow).AddHours(-1);
        using var created = await system.SendAsync(HttpMethod.Post, "/api/referrals", Referrals.Body(laChildId, receivedAt: receivedAt), now, "sd-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var referralId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var decided = await system.SendAsync(HttpMethod.Post, $"/api/referrals/{referralId}/decision",
            new { decision = "strategy-discussion", reason = "Bruising on a non-mobile baby." }, now);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var discussions = await Eventually.ReturnsAsync(() => Referrals.StrategyDiscussionsAsync(system.Gateway, referralId),
            d => d.GetArrayLength() == 1, TimeSpan.FromSeconds(30), "the strategy discussion");
        return (referralId, discussions[0].GetProperty("id").GetGuid());
    }

    /// <summary>A child whose strategy discussion today met the threshold: the open Section 47 enquiry's view.</summary>
    public static async Task<JsonElement> OpenEnquiryAsync(MacptSystem system)
    {
        var (referralId, discussionId) = await DiscussionAsync(system, null);
        using var held = await system.SendAsync(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{discussionId}/outcome", Outcome(Today(), thresholdMet: true));
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        return Assert.Single((await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/enquiries/section-47-enquiries?referralId={referralId}")).GetProperty("items").EnumerateArray());
    }
}
