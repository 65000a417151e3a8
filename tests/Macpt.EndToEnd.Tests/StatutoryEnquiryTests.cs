using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Enquiry pathways the statutory review found wrong (issue 16): an out-of-hours strategy discussion recorded on the
/// next working day, a second threshold decision for a child whose Section 47 is open, checks of several health
/// services and of probation, youth justice and housing, the step-down to Family Help, and an unborn child's enquiry.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class StatutoryEnquiryTests(MacptSystem system)
{
    private const string Discussions = "/api/enquiries/strategy-discussions";

    [Fact]
    public async Task An_out_of_hours_discussion_is_dated_the_day_held_and_a_second_threshold_decision_joins_the_open_enquiry()
    {
        // 1. The emergency duty team held the discussion on Saturday 28 November 2026; the MACPT records the referral,
        //    its decision and the discussion on Monday 30 November.
        var child = Referrals.NewChildId();
        var monday = Enquiries.At("2026-11-30T09:00:00Z");
        var (referralId, discussionId) = await Enquiries.DiscussionAsync(system, monday, child);
        var outOfHours = Outcome("2026-11-28", heldBy: "emergency-duty-team");
        using (var held = await system.SendAsync(HttpMethod.Post, $"{Discussions}/{discussionId}/outcome", outOfHours, monday.AddHours(1)))
        {
            Assert.True(held.StatusCode == HttpStatusCode.OK, await held.Content.ReadAsStringAsync());
            var discussion = await held.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("2026-11-28", discussion.GetProperty("outcome").GetProperty("heldOn").GetString());
            Assert.Equal("emergency-duty-team", discussion.GetProperty("outcome").GetProperty("heldBy").GetString());
        }

        // ...the enquiry starts that Saturday and its ICPC target counts 15 working days from it (timescales.md §3 rule 4):
        //    Friday 18 December, not Monday 21 December (15 from the day recorded).
        var enquiry = Assert.Single((await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/enquiries/section-47-enquiries?referralId={referralId}"))
            .GetProperty("items").EnumerateArray());
        var enquiryId = enquiry.GetProperty("id").GetGuid();
        Assert.Equal("2026-11-28", enquiry.GetProperty("strategyDiscussionDate").GetString());
        Assert.Equal("2026-11-28", enquiry.GetProperty("s47ActualStartDate").GetString());
        Assert.Equal("2026-12-18", enquiry.GetProperty("initialCpcTarget").GetString());

        // 2. A new concern the same Monday: an LCPP convenes a discussion for the child directly.
        using var direct = await system.SendAsync(HttpMethod.Post, Discussions,
            new { laChildId = child, urgency = "immediate", concern = "A new disclosure at school." }, monday.AddHours(2));
        Assert.Equal(HttpStatusCode.Created, direct.StatusCode);
        var secondId = (await direct.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // ...a discussion dated in the future is refused (422 heldOn) and nothing is recorded...
        using (var future = await system.SendAsync(HttpMethod.Post, $"{Discussions}/{secondId}/outcome", Outcome("2026-12-01"), monday.AddHours(3)))
        {
            await Problem.AssertAsync(future, HttpStatusCode.UnprocessableEntity, "heldOn");
        }

        // 3. ...and its threshold decision joins the open enquiry: no second Section 47 (census 8839/8890), the target unchanged.
        using (var joined = await system.SendAsync(HttpMethod.Post, $"{Discussions}/{secondId}/outcome", Outcome("2026-11-30"), monday.AddHours(4)))
        {
            Assert.True(joined.StatusCode == HttpStatusCode.OK, await joined.Content.ReadAsStringAsync());
            var second = await joined.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(second.GetProperty("joinedOpenEnquiry").GetBoolean());
            Assert.Equal(enquiryId, second.GetProperty("section47EnquiryId").GetGuid());
        }
        Assert.Equal(1, await system.CountAsync("enquiries", "SELECT count(*) FROM section_47_enquiries WHERE la_child_id = @c", ("c", child)));
        Assert.Equal(1, await system.CountAsync("enquiries",
            "SELECT count(*) FROM outbox_messages WHERE message_type = 'Macpt.Contracts.Enquiries.Section47EnquiryStarted' AND payload->>'laChildId' = @c", ("c", child)));
        var still = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/enquiries/section-47-enquiries/{enquiryId}");
        Assert.Equal("2026-12-18", still.GetProperty("initialCpcTarget").GetString());
    }

    private static Dictionary<string, object?> Outcome(string heldOn, string? heldBy = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["heldOn"] = heldOn,
            ["thresholdMet"] = true,
            ["reasons"] = "Reasonable cause to suspect significant harm.",
            ["attended"] = Enquiries.AllRequired,
        };
        if (heldBy is not null) body["heldBy"] = heldBy;
        return body;
    }
}
