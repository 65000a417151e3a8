using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Macpt.EndToEnd.Tests;

/// <summary>The path of one child's referral through the gateway: referrals → bus → enquiries.</summary>
[Collection(MacptSystemCollection.Name)]
public sealed class FirstSliceTests(MacptSystem system)
{
    private static readonly TimeSpan EventDeadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_referral_decided_for_strategy_discussion_appears_in_enquiries_once()
    {
        var laChildId = Referrals.NewChildId();
        var receivedAt = new DateTimeOffset(2026, 11, 20, 16, 30, 0, TimeSpan.Zero); // a Friday afternoon
        using var created = await Referrals.PostAsync(system.Gateway, Referrals.Body(laChildId, receivedAt: receivedAt));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var referral = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = referral.GetProperty("id").GetGuid();
        Assert.Equal("2026-11-23", referral.GetProperty("decisionDueBy").GetString()); // next working day: Monday
        Assert.Equal($"/api/referrals/{id}", created.Headers.Location?.ToString());

        using var decided = await Referrals.DecideAsync(system.Gateway, id, "strategy-discussion");
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        var discussions = await Eventually.ReturnsAsync(
            () => Referrals.StrategyDiscussionsAsync(system.Gateway, id), d => d.GetArrayLength() > 0, EventDeadline, "the strategy discussion");
        var discussion = Assert.Single(discussions.EnumerateArray());
        Assert.Equal(laChildId, discussion.GetProperty("laChildId").GetString());
        Assert.Equal("standard", discussion.GetProperty("urgency").GetString());
        Assert.Equal("awaiting", discussion.GetProperty("status").GetString());

        var stored = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}");
        Assert.Equal("decided", stored.GetProperty("status").GetString());
        Assert.Equal("strategy-discussion", stored.GetProperty("decision").GetProperty("decision").GetString());
        Assert.Equal(1, await system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE referral_id = @id", ("id", id)));
    }

    [Fact]
    public async Task Immediate_protection_makes_the_strategy_discussion_due_at_once()
    {
        var id = await Referrals.CreateAsync(system.Gateway);
        using var decided = await Referrals.DecideAsync(system.Gateway, id, "immediate-protection");
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var decidedOn = (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decidedAt").GetDateTimeOffset();

        var discussions = await Eventually.ReturnsAsync(
            () => Referrals.StrategyDiscussionsAsync(system.Gateway, id), d => d.GetArrayLength() > 0, EventDeadline, "the strategy discussion");
        var discussion = Assert.Single(discussions.EnumerateArray());
        Assert.Equal("immediate", discussion.GetProperty("urgency").GetString());
        Assert.Equal(Macpt.WorkingDays.LondonClock.ToLondonDate(decidedOn).ToString("yyyy-MM-dd"), discussion.GetProperty("dueBy").GetString());
    }

    [Theory]
    [InlineData("no-further-action")]
    [InlineData("family-help")]
    public async Task Decisions_that_need_no_strategy_discussion_create_none(string decision)
    {
        var id = await Referrals.CreateAsync(system.Gateway);
        using var decided = await Referrals.DecideAsync(system.Gateway, id, decision);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        // Events leave one outbox in order through one queue: once a later strategy-discussion
        // decision has been applied, the earlier decision has been consumed too.
        var marker = await Referrals.CreateAsync(system.Gateway);
        (await Referrals.DecideAsync(system.Gateway, marker, "strategy-discussion")).Dispose();
        await Eventually.ReturnsAsync(() => Referrals.StrategyDiscussionsAsync(system.Gateway, marker), d => d.GetArrayLength() == 1, EventDeadline, "the marker's discussion");

        Assert.Equal(0, (await Referrals.StrategyDiscussionsAsync(system.Gateway, id)).GetArrayLength());
    }

    [Fact]
    public async Task The_same_idempotency_key_and_body_answer_the_first_referral_and_store_nothing_new()
    {
        var key = "mash-" + Guid.NewGuid().ToString("N");
        var body = Referrals.Body();
        var first = await Referrals.CreateAsync(system.Gateway, body, key);
        var before = await StoredRowsAsync();

        using var again = await Referrals.PostAsync(system.Gateway, body, key);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode); // a replay answers 200, not 201
        Assert.Equal(first, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(before, await StoredRowsAsync());
    }

    [Fact]
    public async Task Concurrent_submissions_with_one_key_create_one_referral()
    {
        var key = "mash-" + Guid.NewGuid().ToString("N");
        var body = Referrals.Body();
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Referrals.PostAsync(system.Gateway, body, key)));
        // One creates (201); its racing twins get its replay (200), never 409.
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        var ids = new HashSet<Guid>();
        foreach (var response in responses)
        {
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"answered {(int)response.StatusCode}");
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
            response.Dispose();
        }
        Assert.Single(ids);
        Assert.Equal(1, await system.CountAsync("referrals", "SELECT count(*) FROM idempotency_records WHERE key = @key", ("key", key)));
    }

    [Fact]
    public async Task The_same_idempotency_key_with_another_body_is_refused_with_409()
    {
        var key = "mash-" + Guid.NewGuid().ToString("N");
        await Referrals.CreateAsync(system.Gateway, Referrals.Body(), key);
        var before = await StoredRowsAsync();

        using var reused = await Referrals.PostAsync(system.Gateway, Referrals.Body(), key);
        await Problem.AssertAsync(reused, HttpStatusCode.Conflict, "Idempotency-Key");
        Assert.Equal(before, await StoredRowsAsync());
    }

    [Fact]
    public async Task Two_decisions_racing_on_one_referral_store_one()
    {
        var id = await Referrals.CreateAsync(system.Gateway);
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Referrals.DecideAsync(system.Gateway, id, i % 2 == 0 ? "strategy-discussion" : "no-further-action")));
        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Equal(1, await system.CountAsync("referrals",
            "SELECT count(*) FROM outbox_messages WHERE message_type = 'Macpt.Contracts.Referrals.ReferralDecided' AND payload->>'referralId' = @id", ("id", id.ToString())));
    }

    [Fact]
    public async Task The_correlation_id_is_carried_through_and_returned()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{Guid.NewGuid()}");
        request.Headers.Add("X-Correlation-Id", "case-check-123");
        using var response = await system.Gateway.SendAsync(request);
        Assert.Equal("case-check-123", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
        var problem = await Problem.AssertAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("case-check-123", problem.GetProperty("correlationId").GetString());
    }

    private async Task<(long Referrals, long Keys, long Outbox)> StoredRowsAsync() => (
        await system.CountAsync("referrals", "SELECT count(*) FROM referrals"),
        await system.CountAsync("referrals", "SELECT count(*) FROM idempotency_records"),
        await system.CountAsync("referrals", "SELECT count(*) FROM outbox_messages"));
}
