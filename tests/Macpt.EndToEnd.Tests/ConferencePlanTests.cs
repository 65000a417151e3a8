using System.Net;
using System.Text.Json;
using Macpt.Contracts.Conferences;
using static Macpt.EndToEnd.Tests.ConferenceSteps;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// From a Section 47 enquiry needing a conference to an initial conference on time or late, a plan, its core
/// group, two review conferences (3 then 6 months, across a month end) and its end with a step-down; and a
/// second plan for the same child counting the first. Through the gateway, the databases and the bus: each conference,
/// plan, core group, review and ending is seen on the bus with the date it was due.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class ConferencePlanTests(MacptSystem system)
{
    private const string DutyUser = "duty-0001";
    private const string StepDownEvent = "Macpt.Contracts.FamilyHelp.SteppedDownToFamilyHelp";
    private readonly ConferenceSteps _steps = new(system);
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_initial_conference_on_its_target_date_is_on_time_and_tells_other_services()
    {
        var child = Referrals.NewChildId();
        var (enquiryId, id) = await _steps.EnquiryCompletedAsync(child, "2026-11-20", "2026-11-30");
        var created = await _steps.GetAsync($"/api/conferences/{id}");
        Assert.Equal("to-arrange", created.GetProperty("status").GetString());
        Assert.Equal("2026-11-30", created.GetProperty("targetDate").GetString());
        Assert.Equal(enquiryId, created.GetProperty("enquiryId").GetGuid());

        await _steps.OkAsync(HttpMethod.Put, $"/api/conferences/{id}/case-team", CaseTeam, At("2026-11-23T09:00:00Z"));
        var arranged = await _steps.OkAsync(HttpMethod.Put, $"/api/conferences/{id}/arrangements", Arrangements("2026-11-30"), At("2026-11-23T10:00:00Z"));

        Assert.Equal("scheduled", arranged.GetProperty("status").GetString());
        Assert.False(arranged.GetProperty("late").GetBoolean());
        Assert.Equal(Chair, arranged.GetProperty("arrangements").GetProperty("chairId").GetString());
        Assert.Equal(4, arranged.GetProperty("invitees").GetArrayLength());
        var scheduled = await _steps.OutboxPayloadAsync("InitialConferenceScheduled", "conferenceId", id);
        Assert.Equal("2026-11-30", scheduled.GetProperty("scheduledFor").GetString());
        Assert.Equal("2026-11-30", scheduled.GetProperty("targetDate").GetString());
        Assert.False(scheduled.GetProperty("late").GetBoolean());
        Assert.Equal(enquiryId, scheduled.GetProperty("enquiryId").GetGuid());
    }

    [Fact]
    public async Task An_initial_conference_after_its_target_needs_a_reason_and_is_counted_late()
    {
        var child = Referrals.NewChildId();
        var (_, id) = await _steps.EnquiryCompletedAsync(child, "2026-11-20", "2026-11-30");
        await _steps.OkAsync(HttpMethod.Put, $"/api/conferences/{id}/case-team", CaseTeam, At("2026-11-23T09:00:00Z"));

        using var withoutReason = await system.SendAsync(HttpMethod.Put, $"/api/conferences/{id}/arrangements", Arrangements("2026-12-02"), At("2026-11-23T10:00:00Z"));
        await Problem.AssertAsync(withoutReason, HttpStatusCode.UnprocessableEntity, "lateReason");
        Assert.Equal("to-arrange", (await _steps.GetAsync($"/api/conferences/{id}")).GetProperty("status").GetString());
        Assert.Equal(0, await _steps.OutboxCountAsync("InitialConferenceScheduled", "conferenceId", id));

        var arranged = await _steps.OkAsync(HttpMethod.Put, $"/api/conferences/{id}/arrangements",
            Arrangements("2026-12-02", lateReason: "The police officer in the case is in court until 1 December."), At("2026-11-23T10:05:00Z"));
        Assert.True(arranged.GetProperty("late").GetBoolean());
        Assert.True((await _steps.OutboxPayloadAsync("InitialConferenceScheduled", "conferenceId", id)).GetProperty("late").GetBoolean());
    }

    [Fact]
    public async Task A_plan_starts_on_the_conference_date_is_reviewed_at_3_then_6_months_and_ends_with_a_step_down()
    {
        var child = Referrals.NewChildId();
        await using var heldOnBus = await AdvocacyBusListener.StartAsync<ConferenceHeld>(system);
        await using var startedOnBus = await AdvocacyBusListener.StartAsync<ChildProtectionPlanStarted>(system);
        await using var coreGroupsOnBus = await AdvocacyBusListener.StartAsync<CoreGroupHeld>(system);
        await using var reviewedOnBus = await AdvocacyBusListener.StartAsync<ChildProtectionPlanReviewed>(system);
        await using var endedOnBus = await AdvocacyBusListener.StartAsync<ChildProtectionPlanEnded>(system);
        // Monday 30 November 2026: the first core group is due by Monday 14 December (10 working days), the first
        // review by 28 February 2027 (30 November + 3 months, clamped at the month's end).
        var (icpcId, planId, reviewId) = await _steps.PlanStartedAsync(child, "2026-11-30", "2026-12-10", "2027-02-26");

        var plan = await _steps.GetAsync($"/api/conferences/plans/{planId}");
        Assert.Equal("2026-11-30", plan.GetProperty("startDate").GetString());
        Assert.Equal("NEG", plan.GetProperty("initialCategoryOfAbuse").GetString());
        Assert.Equal(0, plan.GetProperty("numberOfPreviousCpp").GetInt32());
        Assert.Equal("2027-02-28", plan.GetProperty("nextReviewDue").GetString());
        Assert.Equal("2026-12-14", plan.GetProperty("nextCoreGroupDue").GetString());
        Assert.Equal(Lcpp, plan.GetProperty("lcppId").GetString());
        var held = await _steps.OutboxPayloadAsync("ConferenceHeld", "conferenceId", icpcId);
        Assert.Equal("initial", held.GetProperty("kind").GetString());
        Assert.True(held.GetProperty("planRequired").GetBoolean());
        var started = await _steps.OutboxPayloadAsync("ChildProtectionPlanStarted", "planId", planId);
        Assert.Equal("2026-11-30", started.GetProperty("startDate").GetString());
        Assert.Equal("NEG", started.GetProperty("categoryOfAbuse").GetString());
        Assert.Equal("2027-02-28", (await _steps.GetAsync($"/api/conferences/{reviewId}")).GetProperty("targetDate").GetString());
        // On the bus: the ICPC held on its target by the agencies whose people attended (health sent apologies and a report);
        // the plan with its own due dates, no earlier plan, and the core group's agencies.
        var icpcHeld = await heldOnBus.WaitForAsync(m => m.GetProperty("conferenceId").GetGuid() == icpcId, Within, "ConferenceHeld (initial)");
        Assert.Equal(("initial", "2026-11-30", "2026-11-30"), (icpcHeld.GetProperty("kind").GetString(), icpcHeld.GetProperty("heldOn").GetString(), icpcHeld.GetProperty("targetDate").GetString()));
        Assert.Equal(["police", "family-help"], icpcHeld.Codes("agencies"));
        Assert.True(icpcHeld.IsNull("planId"));
        Assert.False(icpcHeld.GetProperty("preBirth").GetBoolean());
        var planOnBus = await startedOnBus.WaitForAsync(m => m.GetProperty("planId").GetGuid() == planId, Within, "ChildProtectionPlanStarted");
        Assert.Equal(("2026-12-14", "2027-02-28"), (planOnBus.GetProperty("firstCoreGroupDue").GetString(), planOnBus.GetProperty("firstReviewDue").GetString()));
        Assert.Equal(0, planOnBus.GetProperty("numberOfPreviousPlans").GetInt32());
        Assert.Equal(["family-help", "local-authority", "health"], planOnBus.Codes("agencies"));

        // The first core group is due, then met; the next is due 6 weeks on.
        Assert.Contains(await PlanIdsAsync(child, "coreGroup=due", At("2026-12-07T09:00:00Z")), p => p == planId);
        var afterCoreGroup = await _steps.OkAsync(HttpMethod.Post, $"/api/conferences/plans/{planId}/core-groups",
            new { heldOn = "2026-12-10", attended = new[] { FamilyHelpLead, Lcpp, "nhs-5" } }, At("2026-12-10T15:00:00Z"));
        Assert.Equal("2027-01-21", afterCoreGroup.GetProperty("nextCoreGroupDue").GetString());
        var firstCoreGroup = await coreGroupsOnBus.WaitForAsync(m => m.GetProperty("planId").GetGuid() == planId, Within, "CoreGroupHeld (first)");
        Assert.Equal(("2026-12-10", "2026-12-14", "2027-01-21"),
            (firstCoreGroup.GetProperty("heldOn").GetString(), firstCoreGroup.GetProperty("dueBy").GetString(), firstCoreGroup.GetProperty("nextDueBy").GetString()));
        Assert.Equal(["family-help", "local-authority", "health"], firstCoreGroup.Codes("agencies"));
        Assert.Equal(afterCoreGroup.GetProperty("coreGroupMeetings")[0].GetProperty("id").GetGuid(), firstCoreGroup.GetProperty("meetingId").GetGuid());
        Assert.Contains(await PlanIdsAsync(child, "coreGroup=overdue", At("2027-01-22T09:00:00Z")), p => p == planId);

        // The first core group agreed the detailed plan; the next records progress on its actions, with a short note.
        var detailed = await _steps.OkAsync(HttpMethod.Put, $"/api/conferences/plans/{planId}/detailed-plan", new
        {
            agreedOn = "2026-12-10",
            outcomes = new[] { "The child attends every health appointment.", "The home is warm and has food." },
            actions = new object[]
            {
                new { action = "Weekly home visits.", ownerAgency = "family-help", dueBy = "2027-02-26" },
                new { action = "Monthly weight checks.", ownerAgency = "health", dueBy = "2027-02-26", status = "in-progress" },
            },
        }, At("2026-12-11T09:00:00Z"));
        var visits = detailed.GetProperty("detailedPlan").GetProperty("actions")[0].GetProperty("id").GetGuid();
        var progressed = await _steps.OkAsync(HttpMethod.Post, $"/api/conferences/plans/{planId}/core-groups", new
        {
            heldOn = "2027-01-21",
            attended = new[] { FamilyHelpLead, Lcpp },
            note = "Engagement is good.",
            progress = new[] { new { actionId = visits, status = "done", note = "Every visit made." } },
        }, At("2027-01-22T10:00:00Z"));
        var action = progressed.GetProperty("detailedPlan").GetProperty("actions")[0];
        Assert.Equal(("done", "2027-01-21"), (action.GetProperty("status").GetString(), action.GetProperty("statusOn").GetString()));
        Assert.Equal("Engagement is good.", progressed.GetProperty("coreGroupMeetings")[1].GetProperty("note").GetString());
        // The second was due the day it met, 6 weeks after the first; the next is 6 weeks on again. Health did not attend.
        var secondCoreGroup = await coreGroupsOnBus.WaitForAsync(m => m.GetProperty("planId").GetGuid() == planId, Within, "CoreGroupHeld (second)");
        Assert.Equal(("2027-01-21", "2027-01-21", "2027-03-04"),
            (secondCoreGroup.GetProperty("heldOn").GetString(), secondCoreGroup.GetProperty("dueBy").GetString(), secondCoreGroup.GetProperty("nextDueBy").GetString()));
        Assert.Equal(["family-help", "local-authority"], secondCoreGroup.Codes("agencies"));
        using var unknownAction = await system.SendAsync(HttpMethod.Post, $"/api/conferences/plans/{planId}/core-groups", new
        {
            heldOn = "2027-01-28",
            attended = new[] { FamilyHelpLead },
            progress = new[] { new { actionId = Guid.NewGuid(), status = "done", note = "?" } },
        }, At("2027-01-28T10:00:00Z"));
        await Problem.AssertAsync(unknownAction, HttpStatusCode.UnprocessableEntity, "progress[0].actionId");

        // The first review is due within 10 working days of 28 February, and overdue after it.
        Assert.Contains(await PlanIdsAsync(child, "review=due", At("2027-02-22T09:00:00Z")), p => p == planId);
        Assert.DoesNotContain(await PlanIdsAsync(child, "review=overdue", At("2027-02-22T09:00:00Z")), p => p == planId);
        Assert.Contains(await PlanIdsAsync(child, "review=overdue", At("2027-03-01T09:00:00Z")), p => p == planId);

        // Review 1, Friday 26 February 2027: emotional abuse is now the concern; the plan continues, next review by 26 August.
        await _steps.OkAsync(HttpMethod.Put, $"/api/conferences/{reviewId}/arrangements", Arrangements("2027-02-26"), At("2027-02-15T09:00:00Z"));
        // It changes the plan too.
        var review1Body = ReviewOutcome("2027-02-26", "EMO", null);
        review1Body["planChanges"] = new
        {
            outcomes = new[] { "The child's emotional needs are met." },
            actions = new object[] { new { action = "Parenting support sessions.", ownerAgency = "family-help", dueBy = "2027-06-30" } },
        };
        var review1 = await _steps.OkAsync(HttpMethod.Post, $"/api/conferences/{reviewId}/outcome", review1Body, At("2027-02-26T16:00:00Z"));
        Assert.Equal("held", review1.GetProperty("status").GetString());
        plan = await _steps.GetAsync($"/api/conferences/plans/{planId}");
        Assert.Equal("EMO", plan.GetProperty("latestCategoryOfAbuse").GetString());
        Assert.Equal("NEG", plan.GetProperty("initialCategoryOfAbuse").GetString());
        Assert.Equal("2027-08-26", plan.GetProperty("nextReviewDue").GetString());
        var changedPlan = plan.GetProperty("detailedPlan");
        Assert.Equal((1, reviewId), (changedPlan.GetProperty("revision").GetInt32(), changedPlan.GetProperty("changedAtConferenceId").GetGuid()));
        Assert.Equal("Parenting support sessions.", Assert.Single(changedPlan.GetProperty("actions").EnumerateArray()).GetProperty("action").GetString());
        var reviewed = await _steps.OutboxPayloadAsync("ChildProtectionPlanReviewed", "conferenceId", reviewId);
        Assert.True(reviewed.GetProperty("planContinues").GetBoolean());
        Assert.Equal("2027-08-26", reviewed.GetProperty("nextReviewDue").GetString());
        var review1Held = await heldOnBus.WaitForAsync(m => m.GetProperty("conferenceId").GetGuid() == reviewId, Within, "ConferenceHeld (review)");
        Assert.Equal(("review", "2027-02-28", planId), (review1Held.GetProperty("kind").GetString(), review1Held.GetProperty("targetDate").GetString(), review1Held.GetProperty("planId").GetGuid()));
        var review1Reviewed = await reviewedOnBus.WaitForAsync(m => m.GetProperty("conferenceId").GetGuid() == reviewId, Within, "ChildProtectionPlanReviewed");
        Assert.Equal(("2027-02-26", "2027-02-28"), (review1Reviewed.GetProperty("reviewedOn").GetString(), review1Reviewed.GetProperty("reviewDue").GetString()));

        // The LCPP changes in March, planned and handed over; the key worker too. The history is kept.
        const string NewLcpp = "lcpp-0404";
        await _steps.OkAsync(HttpMethod.Post, $"/api/conferences/plans/{planId}/people-changes",
            new { change = "lcpp", practitionerId = NewLcpp, changedOn = "2027-03-01", handoverNote = "Joint visit with the family; introduced at the core group." }, At("2027-03-01T12:00:00Z"));
        var changed = await _steps.OkAsync(HttpMethod.Post, $"/api/conferences/plans/{planId}/people-changes",
            new { change = "key-worker", practitionerId = "fh-0606", changedOn = "2027-03-02", handoverNote = "Family Help lead on leave; handed over in supervision." }, At("2027-03-02T12:00:00Z"));
        Assert.Equal(NewLcpp, changed.GetProperty("lcppId").GetString());
        Assert.Contains(changed.GetProperty("coreGroup").EnumerateArray(), m => m.GetProperty("practitionerId").GetString() == "fh-0606" && m.GetProperty("keyWorker").GetBoolean());
        var history = changed.GetProperty("peopleChanges").EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal((Lcpp, NewLcpp, "2027-03-01"), (history[0].GetProperty("previousPractitionerId").GetString(), history[0].GetProperty("practitionerId").GetString(),
            history[0].GetProperty("changedOn").GetString()));
        using var keyWorkerLeaving = await system.SendAsync(HttpMethod.Post, $"/api/conferences/plans/{planId}/people-changes",
            new { change = "member-left", practitionerId = "fh-0606", changedOn = "2027-03-03", handoverNote = "Leaving." }, At("2027-03-03T12:00:00Z"));
        await Problem.AssertAsync(keyWorkerLeaving, HttpStatusCode.UnprocessableEntity, "practitionerId");

        // Review 2, Thursday 26 August 2027 (6 months on): no longer at continuing risk; step down to Family Help.
        var review2Id = (await _steps.ConferencesAsync(child, "&kind=review&status=to-arrange")).EnumerateArray().Single().GetProperty("id").GetGuid();
        Assert.Equal("2027-08-26", (await _steps.GetAsync($"/api/conferences/{review2Id}")).GetProperty("targetDate").GetString());
        await _steps.OkAsync(HttpMethod.Put, $"/api/conferences/{review2Id}/arrangements", Arrangements("2027-08-26"), At("2027-08-16T09:00:00Z"));
        await _steps.OkAsync(HttpMethod.Post, $"/api/conferences/{review2Id}/outcome",
            ReviewOutcome("2027-08-26", "EMO", new { reasonCode = "no-longer-at-risk", stepDownToFamilyHelp = true, familyHelpLeadId = FamilyHelpLead }),
            At("2027-08-26T16:00:00Z"));

        plan = await _steps.GetAsync($"/api/conferences/plans/{planId}");
        Assert.Equal("ended", plan.GetProperty("status").GetString());
        Assert.Equal("2027-08-26", plan.GetProperty("endDate").GetString());
        Assert.Equal(2, plan.GetProperty("reviews").GetArrayLength());
        var ending = plan.GetProperty("ending");
        Assert.True(ending.GetProperty("stepDownToFamilyHelp").GetBoolean());
        Assert.Equal(FamilyHelpLead, ending.GetProperty("familyHelpLeadId").GetString());
        Assert.Equal(NewLcpp, ending.GetProperty("lcppId").GetString()); // the LCPP allocated at the end steps away, not the first
        Assert.Equal("2027-08-26", ending.GetProperty("lcppSteppedAwayOn").GetString());
        Assert.False(plan.TryGetProperty("nextReviewDue", out var due) && due.ValueKind != JsonValueKind.Null, "No review is due after the plan ends.");
        var ended = await _steps.OutboxPayloadAsync("ChildProtectionPlanEnded", "planId", planId);
        Assert.Equal("2027-08-26", ended.GetProperty("endDate").GetString());
        Assert.Equal("no-longer-at-risk", ended.GetProperty("endReasonCode").GetString());
        var review2Reviewed = await reviewedOnBus.WaitForAsync(m => m.GetProperty("conferenceId").GetGuid() == review2Id, Within, "ChildProtectionPlanReviewed (ending)");
        Assert.Equal("2027-08-26", review2Reviewed.GetProperty("reviewDue").GetString());
        Assert.False(review2Reviewed.GetProperty("planContinues").GetBoolean());
        var endedOnBusMessage = await endedOnBus.WaitForAsync(m => m.GetProperty("planId").GetGuid() == planId, Within, "ChildProtectionPlanEnded");
        Assert.Equal(("2026-11-30", "2027-08-26"), (endedOnBusMessage.GetProperty("startDate").GetString(), endedOnBusMessage.GetProperty("endDate").GetString()));
        Assert.Empty((await _steps.ConferencesAsync(child, "&status=to-arrange")).EnumerateArray());
        // The step-down to Family Help leaves with the decision: the lead named, handed over on the end date.
        var steppedDown = await _steps.OutboxPayloadAsync(StepDownEvent, "sourceId", planId);
        Assert.Equal("plan-ended", steppedDown.GetProperty("exit").GetString());
        Assert.Equal(FamilyHelpLead, steppedDown.GetProperty("familyHelpLeadId").GetString());
        Assert.Equal("2027-08-26", steppedDown.GetProperty("handoverDate").GetString());
        Assert.Equal(child, steppedDown.GetProperty("laChildId").GetString());
    }

    [Fact]
    public async Task A_second_plan_for_the_same_child_counts_the_first_and_the_history_keeps_both()
    {
        var child = Referrals.NewChildId();
        await using var startedOnBus = await AdvocacyBusListener.StartAsync<ChildProtectionPlanStarted>(system);
        await using var endedOnBus = await AdvocacyBusListener.StartAsync<ChildProtectionPlanEnded>(system);
        var (_, firstPlan, pendingReview) = await _steps.PlanStartedAsync(child, "2026-11-30", "2026-12-14", "2027-02-26");

        // The child moves away in January: after the receiving authority's conference the plan ends outside a review,
        // and its pending review is cancelled.
        var ended = await _steps.OkAsync(HttpMethod.Post, $"/api/conferences/plans/{firstPlan}/ending",
            new { endDate = "2027-01-15", reasonCode = "transferred-to-another-la", stepDownToFamilyHelp = false, receivingConferenceOn = "2027-01-14" }, At("2027-01-15T12:00:00Z"));
        Assert.Equal("ended", ended.GetProperty("status").GetString());
        Assert.Equal(DutyUser, ended.GetProperty("ending").GetProperty("recordedBy").GetString());
        Assert.Equal("cancelled", (await _steps.GetAsync($"/api/conferences/{pendingReview}")).GetProperty("status").GetString());
        Assert.Equal("transferred-to-another-la", (await _steps.OutboxPayloadAsync("ChildProtectionPlanEnded", "planId", firstPlan)).GetProperty("endReasonCode").GetString());
        var firstEnded = await endedOnBus.WaitForAsync(m => m.GetProperty("planId").GetGuid() == firstPlan, Within, "ChildProtectionPlanEnded (outside a review)");
        Assert.Equal(("2026-11-30", "2027-01-15"), (firstEnded.GetProperty("startDate").GetString(), firstEnded.GetProperty("endDate").GetString()));

        // Ending it again answers 409.
        using var again = await system.SendAsync(HttpMethod.Post, $"/api/conferences/plans/{firstPlan}/ending",
            new { endDate = "2027-01-16", reasonCode = "other", stepDownToFamilyHelp = false }, At("2027-01-16T12:00:00Z"));
        await Problem.AssertAsync(again, HttpStatusCode.Conflict, "endDate");
        Assert.Equal(1, await _steps.OutboxCountAsync("ChildProtectionPlanEnded", "planId", firstPlan));

        // The child returns; a new enquiry, a new initial conference on Monday 4 October 2027, a second plan.
        var (_, second) = await _steps.EnquiryCompletedAsync(child, "2027-09-24", "2027-10-04");
        await _steps.OkAsync(HttpMethod.Put, $"/api/conferences/{second}/case-team", CaseTeam, At("2027-09-27T09:00:00Z"));
        await _steps.OkAsync(HttpMethod.Put, $"/api/conferences/{second}/arrangements", Arrangements("2027-10-04"), At("2027-09-27T09:05:00Z"));
        await _steps.OkAsync(HttpMethod.Post, $"/api/conferences/{second}/outcome",
            InitialOutcome("2027-10-04", Plan("2027-10-11", "2027-12-20", "PHY")), At("2027-10-04T16:00:00Z"));

        var history = (await _steps.ItemsAsync($"/api/conferences/plans?laChildId={child}")).EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal(firstPlan, history[0].GetProperty("id").GetGuid());
        Assert.Equal(0, history[0].GetProperty("numberOfPreviousCpp").GetInt32());
        Assert.Equal("2027-10-04", history[1].GetProperty("startDate").GetString());
        Assert.Equal(1, history[1].GetProperty("numberOfPreviousCpp").GetInt32());
        Assert.Equal("PHY", history[1].GetProperty("initialCategoryOfAbuse").GetString());
        // The second plan tells the reporting service the child had one before it.
        var secondStarted = await startedOnBus.WaitForAsync(m => m.GetProperty("planId").GetGuid() == history[1].GetProperty("id").GetGuid(), Within, "ChildProtectionPlanStarted (second)");
        Assert.Equal(1, secondStarted.GetProperty("numberOfPreviousPlans").GetInt32());
        Assert.Equal(("2027-10-18", "2028-01-04"), (secondStarted.GetProperty("firstCoreGroupDue").GetString(), secondStarted.GetProperty("firstReviewDue").GetString()));
    }

    [Fact]
    public async Task The_chair_finalises_the_record_and_it_is_distributed_undistributed_records_are_listed_by_age()
    {
        var child = Referrals.NewChildId();
        var id = await _steps.ArrangedConferenceAsync(child, "2026-11-30", At("2026-11-23T09:00:00Z"));
        await _steps.OkAsync(HttpMethod.Post, $"/api/conferences/{id}/outcome", InitialOutcome("2026-11-30", null), At("2026-11-30T16:00:00Z"));
        Assert.False((await _steps.OutboxPayloadAsync("ConferenceHeld", "conferenceId", id)).GetProperty("planRequired").GetBoolean());
        // No plan: the case steps down to Family Help, naming the lead and the handover date.
        var steppedDown = await _steps.OutboxPayloadAsync(StepDownEvent, "sourceId", id);
        Assert.Equal(("conference-no-plan", FamilyHelpLead, "2026-11-30"),
            (steppedDown.GetProperty("exit").GetString(), steppedDown.GetProperty("familyHelpLeadId").GetString(), steppedDown.GetProperty("handoverDate").GetString()));
        Assert.Empty((await _steps.ItemsAsync($"/api/conferences/plans?laChildId={child}")).EnumerateArray());

        var waiting = Assert.Single((await _steps.ItemsAsync($"/api/conferences/records/undistributed?laChildId={child}", At("2026-12-07T09:00:00Z"))).EnumerateArray());
        Assert.Equal(7, waiting.GetProperty("ageInDays").GetInt32());
        Assert.Equal(5, waiting.GetProperty("ageInWorkingDays").GetInt32());
        Assert.False(waiting.GetProperty("finalised").GetBoolean());

        // Who arranged and held it is whoever called (the duty practitioner), from the token.
        var held = await _steps.GetAsync($"/api/conferences/{id}");
        Assert.Equal(DutyUser, held.GetProperty("caseTeam").GetProperty("recordedBy").GetString());
        Assert.Equal(DutyUser, held.GetProperty("arrangements").GetProperty("arrangedBy").GetString());
        Assert.Equal(DutyUser, held.GetProperty("outcome").GetProperty("recordedBy").GetString());

        // Only this conference's chair finalises: the duty practitioner (a chair, but not of this one) is refused,
        // whoever the body names.
        using var notChair = await system.SendAsync(HttpMethod.Put, $"/api/conferences/{id}/record", new { finalisedBy = Chair, finalisedOn = "2026-12-02" }, At("2026-12-02T09:00:00Z"));
        await Problem.AssertAsync(notChair, HttpStatusCode.UnprocessableEntity, "finalisedBy");
        // A one-role business support officer may not finalise at all.
        using var businessSupport = await SendAsync(system.AsUser("bs-0001"), HttpMethod.Put, $"/api/conferences/{id}/record", new { finalisedOn = "2026-12-02" }, At("2026-12-02T09:00:00Z"));
        await Problem.AssertAsync(businessSupport, HttpStatusCode.Forbidden);
        using var notFinalised = await system.SendAsync(HttpMethod.Post, $"/api/conferences/{id}/record/distribution",
            new { distributedTo = new[] { "pol-77" }, distributedOn = "2026-12-02" }, At("2026-12-02T09:00:00Z"));
        await Problem.AssertAsync(notFinalised, HttpStatusCode.Conflict, "distributedTo");

        // The chair finalises under their own token; a name in the body changes nothing.
        var finalised = await _steps.OkAsync(system.AsUser(Chair), HttpMethod.Put, $"/api/conferences/{id}/record", new { finalisedBy = Lcpp, finalisedOn = "2026-12-02" }, At("2026-12-02T09:00:00Z"));
        Assert.Equal(Chair, finalised.GetProperty("record").GetProperty("finalisedBy").GetString());
        var distributed = await _steps.OkAsync(HttpMethod.Post, $"/api/conferences/{id}/record/distribution",
            new { distributedTo = new[] { "pol-77", "nhs-5", FamilyHelpLead, "3f1c2b9e-0000-4000-8000-000000000001" }, distributedOn = "2026-12-03" }, At("2026-12-03T09:00:00Z"));
        Assert.Equal("2026-12-03", distributed.GetProperty("record").GetProperty("distributedOn").GetString());
        Assert.Equal(4, distributed.GetProperty("record").GetProperty("distributedTo").GetArrayLength());
        Assert.Empty((await _steps.ItemsAsync($"/api/conferences/records/undistributed?laChildId={child}", At("2026-12-07T09:00:00Z"))).EnumerateArray());
    }

    private async Task<List<Guid>> PlanIdsAsync(string child, string filter, DateTimeOffset now) =>
        (await _steps.ItemsAsync($"/api/conferences/plans?laChildId={child}&{filter}", now)).EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
}
