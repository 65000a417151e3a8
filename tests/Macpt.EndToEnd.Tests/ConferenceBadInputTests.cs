using System.Net;
using static Macpt.EndToEnd.Tests.ConferenceSteps;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Bad input answers problem+json naming the field, and nothing is stored: no plan, no status change, no event.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class ConferenceBadInputTests(MacptSystem system)
{
    private readonly ConferenceSteps _steps = new(system);

    [Theory]
    [InlineData(null)]
    [InlineData("XYZ")]
    [InlineData("neg")] // codes are case-sensitive
    public async Task A_plan_without_a_known_category_is_refused_and_nothing_is_stored(string? category)
    {
        var child = Referrals.NewChildId();
        var id = await _steps.ArrangedConferenceAsync(child, "2026-11-30", At("2026-11-23T09:00:00Z"));

        using var response = await system.SendAsync(HttpMethod.Post, $"/api/conferences/{id}/outcome",
            InitialOutcome("2026-11-30", Plan("2026-12-10", "2027-02-26", category)), At("2026-11-30T16:00:00Z"));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "plan.categoryOfAbuse");
        await AssertNothingHeldAsync(id, child);
    }

    [Fact]
    public async Task A_plan_needed_but_not_given_is_refused()
    {
        var child = Referrals.NewChildId();
        var id = await _steps.ArrangedConferenceAsync(child, "2026-11-30", At("2026-11-23T09:00:00Z"));
        var body = InitialOutcome("2026-11-30", null);
        body["planRequired"] = true;
        using var response = await system.SendAsync(HttpMethod.Post, $"/api/conferences/{id}/outcome", body, At("2026-11-30T16:00:00Z"));
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "plan");
        await AssertNothingHeldAsync(id, child);
    }

    [Theory]
    [InlineData("2026-12-15", "2027-02-26", "plan.firstCoreGroupOn")] // 11 working days after
    [InlineData("2026-12-10", "2027-03-01", "plan.firstReviewOn")] // after 28 February
    public async Task First_core_group_and_review_dates_beyond_their_timescales_are_refused(string coreGroup, string review, string field)
    {
        var child = Referrals.NewChildId();
        var id = await _steps.ArrangedConferenceAsync(child, "2026-11-30", At("2026-11-23T09:00:00Z"));
        using var response = await system.SendAsync(HttpMethod.Post, $"/api/conferences/{id}/outcome",
            InitialOutcome("2026-11-30", Plan(coreGroup, review)), At("2026-11-30T16:00:00Z"));
        await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity, field);
        await AssertNothingHeldAsync(id, child);
    }

    [Theory]
    [InlineData(SocialWorker)]
    [InlineData(LineManager)]
    public async Task A_chair_who_is_the_allocated_social_worker_or_their_line_manager_is_refused(string chairId)
    {
        var child = Referrals.NewChildId();
        var (_, id) = await _steps.EnquiryCompletedAsync(child, "2026-11-20", "2026-11-30");
        await _steps.OkAsync(HttpMethod.Put, $"/api/conferences/{id}/case-team", CaseTeam, At("2026-11-23T09:00:00Z"));

        using var response = await system.SendAsync(HttpMethod.Put, $"/api/conferences/{id}/arrangements", Arrangements("2026-11-30", chairId), At("2026-11-23T10:00:00Z"));

        await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "chairId");
        await AssertNotArrangedAsync(id);
    }

    [Fact]
    public async Task A_chair_cannot_be_checked_without_the_case_team()
    {
        var child = Referrals.NewChildId();
        var (_, id) = await _steps.EnquiryCompletedAsync(child, "2026-11-20", "2026-11-30");
        using var response = await system.SendAsync(HttpMethod.Put, $"/api/conferences/{id}/arrangements", Arrangements("2026-11-30"), At("2026-11-23T10:00:00Z"));
        await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "chairId");
        await AssertNotArrangedAsync(id);
    }

    [Theory]
    [InlineData("2026-11-28")] // Saturday
    [InlineData("2026-11-29")] // Sunday
    [InlineData("2026-12-25")] // Christmas Day
    [InlineData("2026-12-28")] // Boxing Day (substitute)
    public async Task A_conference_on_a_weekend_or_bank_holiday_is_refused(string date)
    {
        var child = Referrals.NewChildId();
        var (_, id) = await _steps.EnquiryCompletedAsync(child, "2026-11-20", "2026-11-30");
        await _steps.OkAsync(HttpMethod.Put, $"/api/conferences/{id}/case-team", CaseTeam, At("2026-11-23T09:00:00Z"));
        using var response = await system.SendAsync(HttpMethod.Put, $"/api/conferences/{id}/arrangements",
            Arrangements(date, lateReason: "Family availability."), At("2026-11-23T10:00:00Z"));
        await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "date");
        await AssertNotArrangedAsync(id);
    }

    [Fact]
    public async Task A_review_on_or_before_the_day_the_plan_started_is_refused()
    {
        var child = Referrals.NewChildId();
        var (_, _, reviewId) = await _steps.PlanStartedAsync(child, "2026-11-30", "2026-12-10", "2027-02-26");
        using var response = await system.SendAsync(HttpMethod.Put, $"/api/conferences/{reviewId}/arrangements", Arrangements("2026-11-30"), At("2026-11-30T17:00:00Z"));
        await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "date");
        await AssertNotArrangedAsync(reviewId);
    }

    [Fact]
    public async Task A_plan_end_on_its_start_day_or_with_an_unknown_reason_is_refused()
    {
        var child = Referrals.NewChildId();
        var (_, planId, _) = await _steps.PlanStartedAsync(child, "2026-11-30", "2026-12-10", "2027-02-26");
        using var sameDay = await system.SendAsync(HttpMethod.Post, $"/api/conferences/plans/{planId}/ending",
            new { endDate = "2026-11-30", reasonCode = "died", stepDownToFamilyHelp = false }, At("2026-11-30T17:00:00Z"));
        await Problem.AssertAsync(sameDay, HttpStatusCode.UnprocessableEntity, "endDate");
        using var unknownReason = await system.SendAsync(HttpMethod.Post, $"/api/conferences/plans/{planId}/ending",
            new { endDate = "2026-12-01", reasonCode = "RC99", stepDownToFamilyHelp = true }, At("2026-12-01T17:00:00Z"));
        var problem = await Problem.AssertAsync(unknownReason, HttpStatusCode.BadRequest, "reasonCode");
        Assert.True(problem.GetProperty("errors").TryGetProperty("familyHelpLeadId", out _));
        Assert.Equal("active", (await _steps.GetAsync($"/api/conferences/plans/{planId}")).GetProperty("status").GetString());
        Assert.Equal(0, await _steps.OutboxCountAsync("ChildProtectionPlanEnded", "planId", planId));
    }

    [Fact]
    public async Task Unknown_ids_answer_404()
    {
        var unknown = Guid.NewGuid();
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Get, $"/api/conferences/{unknown}"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Put, $"/api/conferences/{unknown}/case-team", CaseTeam), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Put, $"/api/conferences/{unknown}/arrangements", Arrangements("2030-01-07")), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Post, $"/api/conferences/{unknown}/outcome", InitialOutcome("2026-11-30", null)), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Get, $"/api/conferences/plans/{unknown}"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Post, $"/api/conferences/plans/{unknown}/ending",
            new { endDate = "2026-11-20", reasonCode = "other", stepDownToFamilyHelp = false }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Holding_a_conference_twice_answers_409_and_bad_lists_filters_answer_400()
    {
        var child = Referrals.NewChildId();
        var id = await _steps.ArrangedConferenceAsync(child, "2026-11-30", At("2026-11-23T09:00:00Z"));
        await _steps.OkAsync(HttpMethod.Post, $"/api/conferences/{id}/outcome", InitialOutcome("2026-11-30", null), At("2026-11-30T16:00:00Z"));
        using var again = await system.SendAsync(HttpMethod.Post, $"/api/conferences/{id}/outcome",
            InitialOutcome("2026-11-30", Plan("2026-12-10", "2027-02-26")), At("2026-11-30T17:00:00Z"));
        await Problem.AssertAsync(again, HttpStatusCode.Conflict, "heldOn");
        Assert.Equal(1, await _steps.OutboxCountAsync("ConferenceHeld", "conferenceId", id));
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Get, "/api/conferences/plans?review=soon"), HttpStatusCode.BadRequest, "review");
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Get, "/api/conferences?status=done"), HttpStatusCode.BadRequest, "status");
    }

    [Fact]
    public async Task A_pre_birth_conference_needs_an_idempotency_key_and_a_valid_child_id_and_a_retry_answers_the_first()
    {
        var child = Referrals.NewChildId();
        var body = new { laChildId = child, targetDate = "2027-01-11" };
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Post, "/api/conferences/pre-birth", body, At("2026-11-25T09:00:00Z")),
            HttpStatusCode.BadRequest, "Idempotency-Key");
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Post, "/api/conferences/pre-birth", body with { laChildId = "not valid!" }, At("2026-11-25T09:00:00Z"), "pb-" + child),
            HttpStatusCode.BadRequest, "laChildId");
        Assert.Equal(0, await system.CountAsync("conferences", "SELECT count(*) FROM conferences WHERE la_child_id = @c", ("c", child)));

        // The first answer is 201; the same key and body again 200, marked as a replay, with the same body.
        using var first = await system.SendAsync(HttpMethod.Post, "/api/conferences/pre-birth", body, At("2026-11-25T09:00:00Z"), "pb-" + child);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        var created = await first.Content.ReadAsStringAsync();
        using var retry = await system.SendAsync(HttpMethod.Post, "/api/conferences/pre-birth", body, At("2026-11-25T09:01:00Z"), "pb-" + child);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(created, await retry.Content.ReadAsStringAsync());

        // The same key with another body answers 409 naming the header.
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Post, "/api/conferences/pre-birth", body with { targetDate = "2027-01-12" }, At("2026-11-25T09:02:00Z"), "pb-" + child),
            HttpStatusCode.Conflict, "Idempotency-Key");
        var conference = Assert.Single((await _steps.ConferencesAsync(child)).EnumerateArray());
        Assert.True(conference.GetProperty("preBirth").GetBoolean());
        Assert.Equal("2027-01-11", conference.GetProperty("targetDate").GetString());

        // Only the local authority may create one: a partner agency's key is refused at the gateway, so no other
        // caller can reuse the key here (the key's scope includes the caller).
        using var partner = await system.SendAsync(HttpMethod.Post, "/api/conferences/pre-birth", body, At("2026-11-25T09:03:00Z"), "pb-" + child, agency: "health");
        Assert.Equal(HttpStatusCode.Forbidden, partner.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // naming an enquiry, whose one conference is checked by a unique index as well as the key
    public async Task Twin_pre_birth_requests_racing_with_one_key_create_one_conference_and_the_loser_gets_the_replay(bool withEnquiry)
    {
        var child = Referrals.NewChildId();
        var body = new { laChildId = child, enquiryId = withEnquiry ? Guid.NewGuid() : (Guid?)null, targetDate = "2027-01-11" };
        // Six at once, so some pass the key's look-up before the first commits and meet its conference.
        var twins = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            system.SendAsync(HttpMethod.Post, "/api/conferences/pre-birth", body, At("2026-11-25T09:00:00Z"), "pb-twin-" + child)));
        try
        {
            var bodies = await Task.WhenAll(twins.Select(t => t.Content.ReadAsStringAsync()));
            Assert.True(twins.Select(t => (int)t.StatusCode).Order().SequenceEqual([200, 200, 200, 200, 200, 201]), string.Join(" | ", bodies));
            Assert.All(bodies, b => Assert.Equal(bodies[0], b));
            Assert.Equal(1, await system.CountAsync("conferences", "SELECT count(*) FROM conferences WHERE la_child_id = @c", ("c", child)));
        }
        finally
        {
            foreach (var twin in twins) twin.Dispose();
        }
    }

    [Fact]
    public async Task A_second_initial_conference_for_an_enquiry_answers_409_by_the_rule()
    {
        var child = Referrals.NewChildId();
        var (enquiryId, _) = await _steps.EnquiryCompletedAsync(child, "2026-11-20", "2026-11-30");
        using var response = await system.SendAsync(HttpMethod.Post, "/api/conferences/pre-birth",
            new { laChildId = child, enquiryId, targetDate = "2027-01-11" }, At("2026-11-25T09:00:00Z"), "pb-enquiry-" + child);
        var problem = await Problem.AssertAsync(response, HttpStatusCode.Conflict, "enquiryId");
        Assert.Equal("The request conflicts with the record.", problem.GetProperty("title").GetString());
        Assert.Equal(1, await system.CountAsync("conferences", "SELECT count(*) FROM conferences WHERE la_child_id = @c", ("c", child)));
    }

    private async Task AssertNothingHeldAsync(Guid id, string child)
    {
        Assert.Equal("scheduled", (await _steps.GetAsync($"/api/conferences/{id}")).GetProperty("status").GetString());
        Assert.Equal(0, await system.CountAsync("conferences", "SELECT count(*) FROM plans WHERE la_child_id = @c", ("c", child)));
        Assert.Equal(0, await _steps.OutboxCountAsync("ConferenceHeld", "conferenceId", id));
    }

    private async Task AssertNotArrangedAsync(Guid id)
    {
        var conference = await _steps.GetAsync($"/api/conferences/{id}");
        Assert.Equal("to-arrange", conference.GetProperty("status").GetString());
        Assert.Equal(0, await _steps.OutboxCountAsync("InitialConferenceScheduled", "conferenceId", id));
    }
}
