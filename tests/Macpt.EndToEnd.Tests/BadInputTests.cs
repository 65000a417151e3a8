using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Macpt.EndToEnd.Tests;

/// <summary>Every refused request answers problem+json naming the field, never 500, and stores nothing.</summary>
[Collection(MacptSystemCollection.Name)]
public sealed class BadInputTests(MacptSystem system)
{
    public static TheoryData<string, string, HttpStatusCode, string> BadReferrals => new()
    {
        // name, JSON body, expected status, field named
        { "missing child", """{"referralSource":"2A","concerns":"c","receivedAt":"2026-11-02T10:00:00Z"}""", HttpStatusCode.BadRequest, "child" },
        { "empty child id", """{"child":{"laChildId":"","firstName":"A","lastName":"B","dateOfBirth":"2015-01-01","sex":"M"},"referralSource":"2A","concerns":"c","receivedAt":"2026-11-02T10:00:00Z"}""", HttpStatusCode.BadRequest, "child.laChildId" },
        { "unknown referral source", """{"child":{"laChildId":"X1","firstName":"A","lastName":"B","dateOfBirth":"2015-01-01","sex":"M"},"referralSource":"2Z","concerns":"c","receivedAt":"2026-11-02T10:00:00Z"}""", HttpStatusCode.BadRequest, "referralSource" },
        { "date of birth in the future", """{"child":{"laChildId":"X1","firstName":"A","lastName":"B","dateOfBirth":"2099-01-01","sex":"M"},"referralSource":"2A","concerns":"c","receivedAt":"2026-11-02T10:00:00Z"}""", HttpStatusCode.BadRequest, "child.dateOfBirth" },
        { "unknown sex code", """{"child":{"laChildId":"X1","firstName":"A","lastName":"B","dateOfBirth":"2015-01-01","sex":"7"},"referralSource":"2A","concerns":"c","receivedAt":"2026-11-02T10:00:00Z"}""", HttpStatusCode.BadRequest, "child.sex" },
        { "received in the future", """{"child":{"laChildId":"X1","firstName":"A","lastName":"B","dateOfBirth":"2015-01-01","sex":"M"},"referralSource":"2A","concerns":"c","receivedAt":"2099-11-02T10:00:00Z"}""", HttpStatusCode.BadRequest, "receivedAt" },
        { "malformed JSON", """{"child":{"laChildId":"X1",""", HttpStatusCode.BadRequest, "child" },
        { "wrong type for a date", """{"child":{"laChildId":"X1","firstName":"A","lastName":"B","dateOfBirth":"yesterday","sex":"M"},"referralSource":"2A","concerns":"c","receivedAt":"2026-11-02T10:00:00Z"}""", HttpStatusCode.BadRequest, "child.dateOfBirth" },
    };

    [Theory]
    [MemberData(nameof(BadReferrals))]
    public async Task A_bad_referral_is_refused_and_nothing_is_stored(string name, string json, HttpStatusCode status, string field)
    {
        var before = await StoredRowsAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", "bad-" + Guid.NewGuid().ToString("N"));
        using var response = await system.Gateway.SendAsync(request);

        await Problem.AssertAsync(response, status, field);
        Assert.True(before == await StoredRowsAsync(), $"'{name}' stored something");
    }

    [Fact]
    public async Task A_referral_without_an_idempotency_key_is_refused()
    {
        var before = await StoredRowsAsync();
        using var response = await system.Gateway.PostAsJsonAsync("/api/referrals", Referrals.Body());
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Idempotency-Key");
        Assert.Equal(before, await StoredRowsAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_with_415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = new StringContent("child=1", Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("Idempotency-Key", "bad-" + Guid.NewGuid().ToString("N"));
        using var response = await system.Gateway.SendAsync(request);
        await Problem.AssertAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_decision_on_an_unknown_referral_answers_404()
    {
        var before = await StoredRowsAsync();
        using var response = await Referrals.DecideAsync(system.Gateway, Guid.NewGuid(), "strategy-discussion");
        await Problem.AssertAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(before, await StoredRowsAsync());
    }

    [Theory]
    [InlineData("NFA")]
    [InlineData("Strategy-Discussion")]
    [InlineData("")]
    public async Task An_unknown_decision_value_is_refused_and_the_referral_stays_undecided(string decision)
    {
        var id = await Referrals.CreateAsync(system.Gateway);
        var before = await StoredRowsAsync();
        using var response = await Referrals.DecideAsync(system.Gateway, id, decision);
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "decision");
        Assert.Equal(before, await StoredRowsAsync());
        var stored = await system.Gateway.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/referrals/{id}");
        Assert.Equal("awaiting-decision", stored.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_decider_is_the_token_s_lcpp_whatever_the_body_says()
    {
        var id = await Referrals.CreateAsync(system.Gateway);
        using var response = await system.AsUser("lcpp-0001").PostAsJsonAsync($"/api/referrals/{id}/decision",
            new { decision = "no-further-action", reason = "No concerns once checked.", decidedBy = "someone-else" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("lcpp-0001", (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("decidedBy").GetString());
    }

    [Fact]
    public async Task A_second_decision_answers_409_and_the_first_stands()
    {
        var id = await Referrals.CreateAsync(system.Gateway);
        (await Referrals.DecideAsync(system.Gateway, id, "family-help")).EnsureSuccessStatusCode();
        var before = await StoredRowsAsync();

        using var second = await Referrals.DecideAsync(system.Gateway, id, "strategy-discussion");
        await Problem.AssertAsync(second, HttpStatusCode.Conflict, "decision");
        Assert.Equal(before, await StoredRowsAsync());
        var stored = await system.Gateway.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/referrals/{id}");
        Assert.Equal("family-help", stored.GetProperty("decision").GetProperty("decision").GetString());
    }

    [Fact]
    public async Task An_unknown_route_answers_a_problem_404()
    {
        using var response = await system.Gateway.GetAsync("/api/nowhere/at/all");
        await Problem.AssertAsync(response, HttpStatusCode.NotFound);
    }

    private async Task<(long Referrals, long Keys, long Outbox, long Decided)> StoredRowsAsync() => (
        await system.CountAsync("referrals", "SELECT count(*) FROM referrals"),
        await system.CountAsync("referrals", "SELECT count(*) FROM idempotency_records"),
        await system.CountAsync("referrals", "SELECT count(*) FROM outbox_messages"),
        await system.CountAsync("referrals", "SELECT count(*) FROM referrals WHERE decision_type IS NOT NULL"));
}
