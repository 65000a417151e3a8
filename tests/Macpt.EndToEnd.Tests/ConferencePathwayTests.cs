using System.Net;
using Macpt.Contracts.Conferences;
using static Macpt.EndToEnd.Tests.ConferenceSteps;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// The pathways around a plan that Working Together sets (timescales.md §5): a plan ends at a review conference, outside
/// one only for the listed reasons and a transfer only after the receiving authority's conference; a child moving in on
/// another authority's plan gets a conference within 15 working days of the notification; an unborn child's completed
/// Section 47 leads to a pre-birth conference, and the birth links the child and brings the first review forward (T6c).
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class ConferencePathwayTests(MacptSystem system)
{
    private readonly ConferenceSteps _steps = new(system);

    [Fact]
    public async Task A_plan_ends_outside_a_review_only_for_the_working_together_reasons_and_transfers_wait_for_the_receiving_conference()
    {
        var child = Referrals.NewChildId();
        var (_, planId, reviewId) = await _steps.PlanStartedAsync(child, "2026-11-30", "2026-12-10", "2027-02-26");

        // "No longer at risk" is a review conference's decision, not an ending outside one.
        using var notAtReview = await system.SendAsync(HttpMethod.Post, $"/api/conferences/plans/{planId}/ending",
            new { endDate = "2027-01-15", reasonCode = "no-longer-at-risk", stepDownToFamilyHelp = true, familyHelpLeadId = FamilyHelpLead }, At("2027-01-15T12:00:00Z"));
        await Problem.AssertAsync(notAtReview, HttpStatusCode.UnprocessableEntity, "reasonCode");
        // A move away ends the plan only after the receiving authority's transfer-in conference.
        using var beforeReceiving = await system.SendAsync(HttpMethod.Post, $"/api/conferences/plans/{planId}/ending",
            new { endDate = "2027-01-15", reasonCode = "transferred-to-another-la", stepDownToFamilyHelp = false }, At("2027-01-15T12:00:00Z"));
        await Problem.AssertAsync(beforeReceiving, HttpStatusCode.UnprocessableEntity, "receivingConferenceOn");
        Assert.Equal("active", (await _steps.GetAsync($"/api/conferences/plans/{planId}")).GetProperty("status").GetString());
        Assert.Equal(0, await _steps.OutboxCountAsync("ChildProtectionPlanEnded", "planId", planId));

        var ended = await _steps.OkAsync(HttpMethod.Post, $"/api/conferences/plans/{planId}/ending",
            new { endDate = "2027-01-20", reasonCode = "transferred-to-another-la", stepDownToFamilyHelp = false, receivingConferenceOn = "2027-01-19" }, At("2027-01-20T12:00:00Z"));
        Assert.Equal("ended", ended.GetProperty("status").GetString());
        Assert.Equal("2027-01-19", ended.GetProperty("ending").GetProperty("receivingConferenceOn").GetString());
        Assert.Equal("cancelled", (await _steps.GetAsync($"/api/conferences/{reviewId}")).GetProperty("status").GetString());
        Assert.Equal(0, await _steps.OutboxCountAsync("Macpt.Contracts.FamilyHelp.SteppedDownToFamilyHelp", "sourceId", planId));

        // A child on another authority's plan moves here: notified Friday 18 December 2026, the transfer-in conference is
        // due 15 working days on (Christmas Day, the Boxing Day substitute and New Year's Day skipped): Wednesday 13 January 2027.
        var incoming = Referrals.NewChildId();
        var body = new { laChildId = incoming, notifiedOn = "2026-12-18", fromAuthority = "Leeds City Council", previousPlanStartDate = "2026-06-01" };
        using var created = await system.SendAsync(HttpMethod.Post, "/api/conferences/transfers-in", body, At("2026-12-18T15:00:00Z"), "ti-" + incoming);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var replay = await system.SendAsync(HttpMethod.Post, "/api/conferences/transfers-in", body, At("2026-12-18T15:01:00Z"), "ti-" + incoming);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var conference = Assert.Single((await _steps.ConferencesAsync(incoming)).EnumerateArray());
        Assert.Equal(("initial", "2027-01-13", true), (conference.GetProperty("kind").GetString(), conference.GetProperty("targetDate").GetString(),
            conference.GetProperty("transferIn").GetBoolean()));
        var full = await _steps.GetAsync($"/api/conferences/{conference.GetProperty("id").GetGuid()}");
        Assert.Equal("2026-12-18", full.GetProperty("transferIn").GetProperty("notifiedOn").GetString());
        Assert.Equal("Leeds City Council", full.GetProperty("transferIn").GetProperty("fromAuthority").GetString());
    }

    [Fact]
    public async Task An_unborn_childs_section_47_leads_to_a_pre_birth_conference_and_the_birth_brings_the_first_review_forward()
    {
        var unborn = Referrals.NewChildId();
        await using var heldOnBus = await AdvocacyBusListener.StartAsync<ConferenceHeld>(system);
        // The enquiry about an unborn child (due 10 January 2027) completes needing a conference: a pre-birth initial
        // conference due by the enquiry's target, held on Monday 30 November 2026 and starting a plan.
        var (icpcId, planId, reviewId) = await _steps.PlanStartedAsync(unborn, "2026-11-30", "2026-12-10", "2027-02-26", expectedDateOfBirth: "2027-01-10");
        var icpc = await _steps.GetAsync($"/api/conferences/{icpcId}");
        Assert.True(icpc.GetProperty("preBirth").GetBoolean());
        Assert.Equal("2027-01-10", icpc.GetProperty("expectedDateOfBirth").GetString());
        Assert.Equal("2026-11-30", icpc.GetProperty("targetDate").GetString());
        Assert.True((await _steps.OutboxPayloadAsync("InitialConferenceScheduled", "conferenceId", icpcId)).GetProperty("preBirth").GetBoolean());
        // Held, it is announced as pre-birth, with its target.
        var held = await heldOnBus.WaitForAsync(m => m.GetProperty("conferenceId").GetGuid() == icpcId, TimeSpan.FromSeconds(30), "ConferenceHeld (pre-birth)");
        Assert.Equal((true, "2026-11-30"), (held.GetProperty("preBirth").GetBoolean(), held.GetProperty("targetDate").GetString()));
        var plan = await _steps.GetAsync($"/api/conferences/plans/{planId}");
        Assert.True(plan.GetProperty("preBirth").GetBoolean());
        Assert.Equal("2027-02-28", plan.GetProperty("nextReviewDue").GetString());

        // Born Monday 4 January 2027 and given a new LA id: the records are linked to the child, and the first review is
        // due 10 working days after the birth (18 January), before the 3 months after the conference.
        var child = Referrals.NewChildId();
        var born = await _steps.OkAsync(HttpMethod.Post, "/api/conferences/births", new { unbornLaChildId = unborn, dateOfBirth = "2027-01-04", laChildId = child },
            At("2027-01-05T10:00:00Z"));
        Assert.Equal((child, "2027-01-18", planId), (born.GetProperty("laChildId").GetString(), born.GetProperty("nextReviewDue").GetString(), born.GetProperty("planId").GetGuid()));
        plan = await _steps.GetAsync($"/api/conferences/plans/{planId}");
        Assert.Equal((child, "2027-01-04", "2027-01-18"),
            (plan.GetProperty("laChildId").GetString(), plan.GetProperty("childBornOn").GetString(), plan.GetProperty("nextReviewDue").GetString()));
        var review = await _steps.GetAsync($"/api/conferences/{reviewId}");
        Assert.Equal((child, "2027-01-18", "birth"), (review.GetProperty("laChildId").GetString(), review.GetProperty("targetDate").GetString(),
            Assert.Single(review.GetProperty("targetChanges").EnumerateArray()).GetProperty("reason").GetString()));
        Assert.Empty((await _steps.ConferencesAsync(unborn)).EnumerateArray());
        Assert.Equal(1, await system.CountAsync("conferences",
            "SELECT count(*) FROM outbox_messages WHERE message_type = 'Macpt.Contracts.Conferences.UnbornChildBorn' AND payload->>'unbornLaChildId' = @c", ("c", unborn)));

        // A birth is recorded once; an unborn record with no pre-birth conference is not found.
        using var again = await system.SendAsync(HttpMethod.Post, "/api/conferences/births", new { unbornLaChildId = unborn, dateOfBirth = "2027-01-04" }, At("2027-01-05T11:00:00Z"));
        await Problem.AssertAsync(again, HttpStatusCode.Conflict, "dateOfBirth");
        using var unknown = await system.SendAsync(HttpMethod.Post, "/api/conferences/births", new { unbornLaChildId = Referrals.NewChildId(), dateOfBirth = "2027-01-04" },
            At("2027-01-05T11:00:00Z"));
        await Problem.AssertAsync(unknown, HttpStatusCode.NotFound);
    }
}
