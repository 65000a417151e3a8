using System.Net;
using System.Text.Json;
using static Macpt.EndToEnd.Tests.ConferenceSteps;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// The conference service's lists answer one page at a time (<c>{ items, page, pageSize, total }</c>, stable order,
/// nothing cut), and a statutory rule broken at the aggregate answers through the one problem mapper.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class ConferenceListAndRuleTests(MacptSystem system)
{
    private readonly ConferenceSteps _steps = new(system);

    [Fact]
    public async Task A_childs_conferences_come_one_page_at_a_time_in_a_stable_order()
    {
        var child = Referrals.NewChildId();
        var (icpcId, _, reviewId) = await _steps.PlanStartedAsync(child, "2026-11-30", "2026-12-10", "2027-02-26");

        var first = await _steps.GetAsync($"/api/conferences?laChildId={child}&pageSize=1");
        AssertPage(first, page: 1, pageSize: 1, total: 2);
        Assert.Equal(icpcId, Assert.Single(first.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid()); // soonest target first
        var second = await _steps.GetAsync($"/api/conferences?laChildId={child}&pageSize=1&page=2");
        AssertPage(second, page: 2, pageSize: 1, total: 2);
        Assert.Equal(reviewId, Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        var past = await _steps.GetAsync($"/api/conferences?laChildId={child}&pageSize=1&page=3");
        AssertPage(past, page: 3, pageSize: 1, total: 2);
        Assert.Empty(past.GetProperty("items").EnumerateArray());

        var all = await _steps.GetAsync($"/api/conferences?laChildId={child}");
        AssertPage(all, page: 1, pageSize: 50, total: 2);
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Get, $"/api/conferences?laChildId={child}&pageSize=201"), HttpStatusCode.BadRequest, "pageSize");
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Get, $"/api/conferences/plans?laChildId={child}&pageSize=201"), HttpStatusCode.BadRequest, "pageSize");
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Get, "/api/conferences/records/undistributed?page=0"), HttpStatusCode.BadRequest, "page");

        var plans = await _steps.GetAsync($"/api/conferences/plans?laChildId={child}&pageSize=200");
        AssertPage(plans, page: 1, pageSize: 200, total: 1);
        var records = await _steps.GetAsync($"/api/conferences/records/undistributed?laChildId={child}&pageSize=1&page=2", At("2026-12-01T09:00:00Z"));
        AssertPage(records, page: 2, pageSize: 1, total: 1);
        Assert.Empty(records.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_child_already_on_a_plan_gets_no_second_one_and_new_concerns_bring_the_review_forward_instead()
    {
        var child = Referrals.NewChildId();
        // Two enquiries complete before either conference is held; the first conference starts a plan.
        var (_, second) = await _steps.EnquiryCompletedAsync(child, "2026-11-27", "2026-12-07");
        var (_, planId, reviewId) = await _steps.PlanStartedAsync(child, "2026-11-30", "2026-12-10", "2027-02-26");
        await _steps.OkAsync(HttpMethod.Put, $"/api/conferences/{second}/case-team", CaseTeam, At("2026-12-01T09:00:00Z"));
        await _steps.OkAsync(HttpMethod.Put, $"/api/conferences/{second}/arrangements", Arrangements("2026-12-07"), At("2026-12-01T09:05:00Z"));

        // The second cannot start another plan: the mapper answers 409 naming the field.
        using var response = await system.SendAsync(HttpMethod.Post, $"/api/conferences/{second}/outcome",
            InitialOutcome("2026-12-07", Plan("2026-12-14", "2027-03-05")), At("2026-12-07T16:00:00Z"));
        var problem = await Problem.AssertAsync(response, HttpStatusCode.Conflict, "planRequired");
        Assert.Equal("The request conflicts with the record.", problem.GetProperty("title").GetString());
        Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal("scheduled", (await _steps.GetAsync($"/api/conferences/{second}")).GetProperty("status").GetString());
        Assert.Equal(1, await system.CountAsync("conferences", "SELECT count(*) FROM plans WHERE la_child_id = @c", ("c", child)));
        Assert.Equal(0, await _steps.OutboxCountAsync("ConferenceHeld", "conferenceId", second));

        // New concerns in December: a Section 47 completes needing a conference by Monday 11 January 2027. The child is
        // on a plan, so no initial conference is created: the review due 28 February is brought forward to 11 January.
        var enquiryId = await _steps.PublishEnquiryCompletedAsync(child, "2026-12-18", "2027-01-11");
        var review = await Eventually.ReturnsAsync(() => _steps.GetAsync($"/api/conferences/{reviewId}"),
            r => r.GetProperty("targetDate").GetString() == "2027-01-11", TimeSpan.FromSeconds(30), "the review brought forward");
        var change = Assert.Single(review.GetProperty("targetChanges").EnumerateArray());
        Assert.Equal("2027-02-28", change.GetProperty("from").GetString());
        Assert.Equal("2027-01-11", change.GetProperty("to").GetString());
        Assert.Equal("new-concerns", change.GetProperty("reason").GetString());
        Assert.Equal(enquiryId, change.GetProperty("sourceId").GetGuid());
        Assert.Equal("2027-01-11", (await _steps.GetAsync($"/api/conferences/plans/{planId}")).GetProperty("nextReviewDue").GetString());
        Assert.DoesNotContain((await _steps.ConferencesAsync(child, "&kind=initial")).EnumerateArray(),
            c => c.TryGetProperty("enquiryId", out var e) && e.ValueKind == JsonValueKind.String && e.GetGuid() == enquiryId);
        var forward = await _steps.OutboxPayloadAsync("ReviewConferenceBroughtForward", "enquiryId", enquiryId);
        Assert.Equal(reviewId, forward.GetProperty("conferenceId").GetGuid());
        Assert.Equal("2027-01-11", forward.GetProperty("targetDate").GetString());
    }

    [Fact]
    public async Task A_late_date_without_a_reason_answers_422_by_the_mapper_with_errors_naming_the_field()
    {
        var child = Referrals.NewChildId();
        var (_, id) = await _steps.EnquiryCompletedAsync(child, "2026-11-20", "2026-11-30");
        await _steps.OkAsync(HttpMethod.Put, $"/api/conferences/{id}/case-team", CaseTeam, At("2026-11-23T09:00:00Z"));

        using var response = await system.SendAsync(HttpMethod.Put, $"/api/conferences/{id}/arrangements", Arrangements("2026-12-02"), At("2026-11-23T10:00:00Z"));

        var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "lateReason");
        Assert.Equal("The request breaks a rule.", problem.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Array, problem.GetProperty("errors").GetProperty("lateReason").ValueKind);
    }

    private static void AssertPage(JsonElement list, int page, int pageSize, int total)
    {
        Assert.Equal(page, list.GetProperty("page").GetInt32());
        Assert.Equal(pageSize, list.GetProperty("pageSize").GetInt32());
        Assert.Equal(total, list.GetProperty("total").GetInt32());
    }
}
