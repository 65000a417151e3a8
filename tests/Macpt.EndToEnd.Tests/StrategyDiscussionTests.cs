using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.Contracts.Enquiries;
using Macpt.ServiceDefaults;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// From a referral decision to a strategy discussion's threshold decision and a Section 47 enquiry,
/// through the gateway and the bus, with "now" moved per request (X-Macpt-Test-Now). Each step is seen on the bus as
/// published, with its deadline.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class StrategyDiscussionTests(MacptSystem system)
{
    private static readonly object[] AllRequired = Enquiries.AllRequired;
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_threshold_met_starts_a_section_47_enquiry_due_15_working_days_on_across_christmas()
    {
        await using var requestedOnBus = await AdvocacyBusListener.StartAsync<StrategyDiscussionRequested>(system);
        await using var heldOnBus = await AdvocacyBusListener.StartAsync<StrategyDiscussionHeld>(system);
        await using var startedOnBus = await AdvocacyBusListener.StartAsync<Section47EnquiryStarted>(system);
        var (referralId, discussionId) = await DiscussionAsync(At("2025-12-18T10:00:00Z"));
        // The decision's discussion is announced: standard, due the next working day (StrategyDiscussion:StandardWorkingDays).
        var requested = await requestedOnBus.WaitForAsync(m => m.GetProperty("strategyDiscussionId").GetGuid() == discussionId, Within, "StrategyDiscussionRequested");
        Assert.Equal(referralId, requested.GetProperty("referralId").GetGuid());
        Assert.Equal(("standard", "2025-12-19"), (requested.GetProperty("urgency").GetString(), requested.GetProperty("dueBy").GetString()));
        Assert.Equal(At("2025-12-18T10:00:00Z"), requested.GetProperty("requestedAt").GetDateTimeOffset()); // asked when decided
        using var convened = await SendAsync(HttpMethod.Put, $"/api/enquiries/strategy-discussions/{discussionId}/convening",
            new { scheduledFor = "2025-12-19T09:30:00Z", chairId = "lcpp-0042", attendees = AllRequired }, At("2025-12-18T11:00:00Z"));
        Assert.Equal(HttpStatusCode.OK, convened.StatusCode);

        using var held = await SendAsync(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{discussionId}/outcome", Outcome("2025-12-19", thresholdMet: true), At("2025-12-19T12:00:00Z"));
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        Assert.Equal("held", (await held.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var enquiry = Assert.Single((await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/enquiries/section-47-enquiries?referralId={referralId}")).GetProperty("items").EnumerateArray());
        Assert.Equal("2025-12-19", enquiry.GetProperty("s47ActualStartDate").GetString());
        Assert.Equal("2026-01-14", enquiry.GetProperty("initialCpcTarget").GetString()); // 25, 26 Dec and 1 Jan skipped
        var passed = (await system.Gateway.GetFromJsonAsync<JsonElement>("/api/enquiries/section-47-enquiries?icpcTarget=passed&pageSize=200")).GetProperty("items").EnumerateArray();
        Assert.Contains(passed, e => e.GetProperty("id").GetGuid() == enquiry.GetProperty("id").GetGuid());

        // Held on the day it was due, by the agencies that attended, in hours; the enquiry names the discussion and its date.
        var announced = await heldOnBus.WaitForAsync(m => m.GetProperty("strategyDiscussionId").GetGuid() == discussionId, Within, "StrategyDiscussionHeld");
        Assert.Equal(("2025-12-19", "2025-12-19"), (announced.GetProperty("heldOn").GetString(), announced.GetProperty("dueBy").GetString()));
        Assert.Equal(["local-authority", "police", "health", "education"], announced.Codes("agencies"));
        Assert.False(announced.GetProperty("outOfHours").GetBoolean());
        var started = await startedOnBus.WaitForAsync(m => m.GetProperty("enquiryId").GetGuid() == enquiry.GetProperty("id").GetGuid(), Within, "Section47EnquiryStarted");
        Assert.Equal(discussionId, started.GetProperty("strategyDiscussionId").GetGuid());
        Assert.Equal("2025-12-19", started.GetProperty("strategyDiscussionHeldOn").GetString());
        Assert.Equal("2026-01-14", started.GetProperty("initialConferenceTargetDate").GetString());

        // The referral's onward path hears of both through the bus.
        var referral = await Eventually.ReturnsAsync(() => system.Gateway.GetFromJsonAsync<JsonElement>($"/api/referrals/{referralId}"),
            r => r.GetProperty("onwardPath").GetArrayLength() >= 2, TimeSpan.FromSeconds(30), "the onward path");
        Assert.Equal(["strategy-discussion-held", "section-47-started"],
            referral.GetProperty("onwardPath").EnumerateArray().Select(s => s.GetProperty("stage").GetString()!).ToArray());
        Assert.Equal("2026-01-14", referral.GetProperty("onwardPath")[1].GetProperty("dueBy").GetString());
    }

    [Fact]
    public async Task A_threshold_decision_without_police_is_refused_naming_who_is_missing_and_nothing_is_stored()
    {
        var (referralId, discussionId) = await DiscussionAsync(null);
        var withoutPolice = AllRequired.Where((_, i) => i != 1).ToArray();
        using var response = await SendAsync(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{discussionId}/outcome",
            Outcome(Today(), thresholdMet: true, attended: withoutPolice), null);
        var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "attended");
        Assert.Contains("police", problem.GetProperty("detail").GetString());
        Assert.Equal("The request breaks a rule.", problem.GetProperty("title").GetString()); // the rule mapper's answer
        Assert.Contains("police", problem.GetProperty("errors").GetProperty("attended")[0].GetString());

        var discussion = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/enquiries/strategy-discussions/{discussionId}");
        Assert.Equal("awaiting", discussion.GetProperty("status").GetString());
        Assert.Equal(0, (await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/enquiries/section-47-enquiries?referralId={referralId}")).GetProperty("total").GetInt32());
        // Nothing is announced but the discussion's own request (no held discussion, no enquiry naming it).
        Assert.Equal(0, await system.CountAsync("enquiries", "SELECT count(*) FROM outbox_messages WHERE payload->>'strategyDiscussionId' = @id AND message_type <> @requested",
            ("id", discussionId.ToString()), ("requested", typeof(StrategyDiscussionRequested).FullName!)));
    }

    [Fact]
    public async Task A_threshold_not_met_starts_no_enquiry_and_a_second_outcome_answers_409()
    {
        var (referralId, discussionId) = await DiscussionAsync(null);
        using var first = await SendAsync(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{discussionId}/outcome", Outcome(Today(), thresholdMet: false), null);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var second = await SendAsync(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{discussionId}/outcome", Outcome(Today(), thresholdMet: true), null);
        var conflict = await Problem.AssertAsync(second, HttpStatusCode.Conflict, "thresholdMet");
        Assert.Equal("The request conflicts with the record.", conflict.GetProperty("title").GetString()); // the rule mapper's answer
        Assert.Equal(0, (await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/enquiries/section-47-enquiries?referralId={referralId}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_full_path_from_a_referral_decision_to_an_enquiry_requiring_a_conference()
    {
        var (referralId, discussionId) = await DiscussionAsync(null);
        (await SendAsync(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{discussionId}/outcome", Outcome(Today(), thresholdMet: true), null)).EnsureSuccessStatusCode();
        var enquiryId = Assert.Single((await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/enquiries/section-47-enquiries?referralId={referralId}")).GetProperty("items").EnumerateArray())
            .GetProperty("id").GetGuid();
        var complete = new { outcome = "conference-required", reasons = "Substantiated; likely to suffer significant harm.", completedOn = Today() };

        // Not without the child seen, or a reason recorded.
        using var unseen = await SendAsync(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiryId}/outcome", complete, null);
        await Problem.AssertAsync(unseen, HttpStatusCode.UnprocessableEntity, "notSeenReason");

        using var seen = await SendAsync(HttpMethod.Put, $"/api/enquiries/section-47-enquiries/{enquiryId}/child-seen",
            new { seenOn = Today(), seenAlone = true, childsWords = "I want to stay with my nan.", othersSeen = "Mother; class teacher" }, null);
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        using var completed = await SendAsync(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiryId}/outcome", complete, null);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal("completed", (await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        using var twice = await SendAsync(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiryId}/outcome", complete, null);
        await Problem.AssertAsync(twice, HttpStatusCode.Conflict, "outcome");
        Assert.Equal(1, await system.CountAsync("enquiries",
            "SELECT count(*) FROM outbox_messages WHERE message_type = 'Macpt.Contracts.Enquiries.Section47EnquiryCompleted' AND payload->>'enquiryId' = @id", ("id", enquiryId.ToString())));

        var referral = await Eventually.ReturnsAsync(() => system.Gateway.GetFromJsonAsync<JsonElement>($"/api/referrals/{referralId}"),
            r => r.GetProperty("onwardPath").GetArrayLength() >= 3, TimeSpan.FromSeconds(30), "the completed enquiry on the onward path");
        var last = referral.GetProperty("onwardPath")[2];
        Assert.Equal("section-47-completed", last.GetProperty("stage").GetString());
        Assert.Equal("conference-required", last.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task An_enquiry_can_be_completed_unseen_only_with_the_reason_recorded()
    {
        var (referralId, discussionId) = await DiscussionAsync(null);
        (await SendAsync(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{discussionId}/outcome", Outcome(Today(), thresholdMet: true), null)).EnsureSuccessStatusCode();
        var enquiryId = Assert.Single((await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/enquiries/section-47-enquiries?referralId={referralId}")).GetProperty("items").EnumerateArray())
            .GetProperty("id").GetGuid();
        using var completed = await SendAsync(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiryId}/outcome",
            new
            {
                outcome = "not-substantiated",
                reasons = "Explained by a medical condition.",
                completedOn = Today(),
                notSeenReason = "Admitted to hospital; seen by the paediatrician.",
                familyHelpLeadId = Referrals.FamilyHelpLead,
                handoverDate = Today()
            }, null);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        using var seenAfter = await SendAsync(HttpMethod.Put, $"/api/enquiries/section-47-enquiries/{enquiryId}/child-seen",
            new { seenOn = Today(), seenAlone = false, childsWords = "-" }, null);
        await Problem.AssertAsync(seenAfter, HttpStatusCode.Conflict, "seenOn");
    }

    [Fact]
    public async Task Discussions_not_yet_held_are_listed_as_due_and_then_overdue_until_held()
    {
        var (referralId, discussionId) = await DiscussionAsync(At("2026-11-30T10:00:00Z")); // Monday: due Tuesday 1 December
        var one = $"referralId={referralId}&";
        Assert.Contains(discussionId, await ListAsync(one + "status=not-held&due=today", At("2026-12-01T09:00:00Z")));
        Assert.DoesNotContain(discussionId, await ListAsync(one + "due=overdue", At("2026-12-01T09:00:00Z")));
        Assert.Contains(discussionId, await ListAsync(one + "due=overdue", At("2026-12-02T09:00:00Z")));

        (await SendAsync(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{discussionId}/outcome", Outcome("2026-12-02", thresholdMet: false),
            At("2026-12-02T15:00:00Z"))).EnsureSuccessStatusCode();
        Assert.DoesNotContain(discussionId, await ListAsync(one + "due=today-or-overdue", At("2026-12-02T16:00:00Z")));
        Assert.Contains(discussionId, await ListAsync(one + "status=held", At("2026-12-02T16:00:00Z")));
        await Problem.AssertAsync(await system.Gateway.GetAsync("/api/enquiries/strategy-discussions?due=soon"), HttpStatusCode.BadRequest, "due");
    }

    private async Task<List<Guid>> ListAsync(string filter, DateTimeOffset now)
    {
        using var response = await system.SendAsync(HttpMethod.Get, $"/api/enquiries/strategy-discussions?{filter}", now: now);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ToList();
    }

    public static TheoryData<string, string, HttpStatusCode> BadOutcomes => new()
    {
        // A date in the future is the discussion's rule (DiscussionIsNotHeldInTheFuture): 422.
        { """{"heldOn":"2099-01-01","thresholdMet":true,"reasons":"r","attended":[{"agency":"police","role":"DS"}]}""", "heldOn", HttpStatusCode.UnprocessableEntity },
        { """{"heldOn":"2026-01-01","thresholdMet":true,"reasons":"r","attended":[{"agency":"fire-service","role":"x"}]}""", "attended[0].agency", HttpStatusCode.BadRequest },
        { """{"heldOn":"2026-01-01","reasons":"r","attended":[{"agency":"police","role":"DS"}]}""", "thresholdMet", HttpStatusCode.BadRequest },
        { """{"heldOn":"2026-01-01","thresholdMet":true,"reasons":"r","attended":[{"agency":"police","role":"DS"}],"safetyActions":[{"action":"a","ownerAgency":"police"}]}""", "safetyActions[0].dueBy", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(BadOutcomes))]
    public async Task A_bad_outcome_is_refused_naming_the_field(string json, string field, HttpStatusCode status)
    {
        var (_, discussionId) = await DiscussionAsync(null);
        using var response = await system.Gateway.PostAsync($"/api/enquiries/strategy-discussions/{discussionId}/outcome",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        await Problem.AssertAsync(response, status, field);
    }

    [Fact]
    public async Task An_outcome_dated_before_the_discussion_was_scheduled_is_refused_with_422()
    {
        var (_, discussionId) = await DiscussionAsync(null);
        var tomorrow = DateTimeOffset.UtcNow.AddDays(1);
        (await SendAsync(HttpMethod.Put, $"/api/enquiries/strategy-discussions/{discussionId}/convening",
            new { scheduledFor = tomorrow, chairId = "lcpp-0042", attendees = AllRequired }, null)).EnsureSuccessStatusCode();
        using var response = await SendAsync(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{discussionId}/outcome", Outcome(Today(), thresholdMet: true), null);
        await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "heldOn");
    }

    [Fact]
    public async Task An_outcome_for_an_unknown_discussion_answers_404() =>
        await Problem.AssertAsync(await SendAsync(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{Guid.NewGuid()}/outcome", Outcome(Today(), true), null),
            HttpStatusCode.NotFound);

    private static object Outcome(string heldOn, bool thresholdMet, object[]? attended = null) => Enquiries.Outcome(heldOn, thresholdMet, attended);

    private static string Today() => Enquiries.Today();

    private static DateTimeOffset At(string instant) => Enquiries.At(instant);

    private Task<(Guid ReferralId, Guid DiscussionId)> DiscussionAsync(DateTimeOffset? now) => Enquiries.DiscussionAsync(system, now);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object body, DateTimeOffset? now, string? idempotencyKey = null) =>
        system.SendAsync(method, path, body, now, idempotencyKey);
}
