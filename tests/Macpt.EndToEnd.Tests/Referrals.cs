using System.Net.Http.Json;
using System.Text.Json;
using Macpt.ServiceDefaults;

namespace Macpt.EndToEnd.Tests;

/// <summary>Builds and sends referrals the way a front-door system does.</summary>
public static class Referrals
{
    public static object Body(string? laChildId = null, string referralSource = "2A", DateOnly? dateOfBirth = null, DateTimeOffset? receivedAt = null) => new
    {
        child = new
        {
            laChildId = laChildId ?? NewChildId(),
            firstName = "Test",
            lastName = "Child",
            dateOfBirth = (dateOfBirth ?? new DateOnly(2016, 5, 17)).ToString("yyyy-MM-dd"),
            sex = "M",
        },
        referralSource,
        concerns = "Concerns raised by the school about bruising.",
        // A minute ago: a partner portal may send the same body, and a partner cannot back-date a referral (PartnerReferralIsNotBackDated).
        receivedAt = receivedAt ?? DateTimeOffset.UtcNow.AddMinutes(-1),
    };

    public static string NewChildId() => "T" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, object body, string? key = null, string path = "/api/referrals")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: MacptJson.Options) };
        request.Headers.Add("Idempotency-Key", key ?? "fd-" + Guid.NewGuid().ToString("N"));
        return await client.SendAsync(request);
    }

    public static async Task<Guid> CreateAsync(HttpClient client, object? body = null, string? key = null, string path = "/api/referrals")
    {
        using var response = await PostAsync(client, body ?? Body(), key, path);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("id").GetGuid();
    }

    /// <summary>The Family Help lead a family-help decision hands the case to (its step-down names one).</summary>
    public const string FamilyHelpLead = "fh-lead-0007";

    /// <summary>
    /// Decides as the client's actor (an LCPP, or the duty practitioner): who decides comes from the token. A family-help
    /// decision steps down to Family Help, so it names <see cref="FamilyHelpLead"/> and a handover today.
    /// </summary>
    public static Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid id, string decision) =>
        decision == "family-help"
            ? client.PostAsJsonAsync($"/api/referrals/{id}/decision", new { decision, reason = "Needs Family Help, not child protection.", familyHelpLeadId = FamilyHelpLead, handoverDate = Enquiries.Today() })
            : client.PostAsJsonAsync($"/api/referrals/{id}/decision", new { decision, reason = "Reasonable cause to suspect significant harm." });

    public static async Task<JsonElement> StrategyDiscussionsAsync(HttpClient client, Guid referralId)
    {
        using var response = await client.GetAsync($"/api/enquiries/strategy-discussions?referralId={referralId}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items");
    }
}
