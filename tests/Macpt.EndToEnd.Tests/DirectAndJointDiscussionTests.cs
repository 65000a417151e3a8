using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.Contracts.Enquiries;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// An LCPP convenes a discussion for a child already known (a new concern on an open case), and siblings
/// are discussed together at one meeting while each gets their own outcome.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class DirectAndJointDiscussionTests(MacptSystem system)
{
    private const string Path = "/api/enquiries/strategy-discussions";
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_lcpp_convenes_a_discussion_for_a_known_child_once_per_key_and_once_while_pending()
    {
        var child = Referrals.NewChildId();
        var body = new { laChildId = child, urgency = "immediate", concern = "New disclosure at school today." };
        var key = "direct-" + Guid.NewGuid().ToString("N");
        using var created = await system.SendAsync(HttpMethod.Post, Path, body, idempotencyKey: key);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var discussion = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("direct", discussion.GetProperty("source").GetString());
        Assert.Equal("immediate", discussion.GetProperty("urgency").GetString());
        Assert.Equal(Enquiries.Today(), discussion.GetProperty("dueBy").GetString());
        Assert.False(discussion.TryGetProperty("referralId", out _), "no referral: a new concern on an open case");

        Assert.Equal($"/api/enquiries/strategy-discussions/{discussion.GetProperty("id").GetGuid()}", created.Headers.Location?.OriginalString);

        // The same key and body again: the first answer, marked as a replay.
        using var replay = await system.SendAsync(HttpMethod.Post, Path, body, idempotencyKey: key);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("true", Assert.Single(replay.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(await created.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Post, Path, body, idempotencyKey: "other-" + key), HttpStatusCode.Conflict, "laChildId");
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Post, Path, new { laChildId = child, urgency = "standard", concern = "Other." },
            idempotencyKey: key), HttpStatusCode.Conflict, "Idempotency-Key");
        Assert.Equal(1, await system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE la_child_id = @c", ("c", child)));

        var due = await system.Gateway.GetFromJsonAsync<JsonElement>($"{Path}?due=today&pageSize=200");
        Assert.Contains(due.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetGuid() == discussion.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Twins_racing_with_one_key_create_one_discussion_and_the_loser_gets_the_replay()
    {
        // Only the local authority convenes discussions (the gateway answers 403 to a partner agency's key), so
        // "another caller with the same key" has no second caller to test here.
        var child = Referrals.NewChildId();
        var body = new { laChildId = child, urgency = "standard", concern = "Sibling disclosed at school." };
        var key = "twin-" + Guid.NewGuid().ToString("N");
        // Six at once, so some pass the key's look-up before the first commits and meet its pending discussion.
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => system.SendAsync(HttpMethod.Post, Path, body, idempotencyKey: key)));
        try
        {
            var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
            Assert.True(answers.Select(a => (int)a.StatusCode).Order().SequenceEqual([200, 200, 200, 200, 200, 201]), string.Join(" | ", bodies));
            Assert.All(bodies, b => Assert.Equal(bodies[0], b));
            Assert.Equal(1, await system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE la_child_id = @c", ("c", child)));
        }
        finally
        {
            foreach (var a in answers) a.Dispose();
        }
    }

    [Fact]
    public async Task An_unusable_idempotency_key_is_refused_and_nothing_is_stored()
    {
        var child = Referrals.NewChildId();
        var body = new { laChildId = child, urgency = "standard", concern = "c" };
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Post, Path, body, idempotencyKey: new string('k', 201)), HttpStatusCode.BadRequest, "Idempotency-Key");
        Assert.Equal(0, await system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE la_child_id = @c", ("c", child)));
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { """{"laChildId":"not valid!","urgency":"standard","concern":"c"}""", "laChildId" },
        { """{"laChildId":"C1","urgency":"tomorrow","concern":"c"}""", "urgency" },
        { """{"laChildId":"C1","urgency":"standard","concern":""}""", "concern" },
        { """{"laChildId":"C1","urgency":"standard","concern":"c","referralId":"00000000-0000-0000-0000-000000000000"}""", "referralId" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_direct_request_is_refused_naming_the_field(string json, string field)
    {
        var before = await system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE source = 'direct'");
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        await Problem.AssertAsync(await system.Gateway.PostAsync(Path, content), HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE source = 'direct'"));
    }

    [Fact]
    public async Task Siblings_discussed_together_share_the_meeting_and_each_gets_its_own_outcome()
    {
        await using var requestedOnBus = await AdvocacyBusListener.StartAsync<StrategyDiscussionRequested>(system);
        await using var heldOnBus = await AdvocacyBusListener.StartAsync<StrategyDiscussionHeld>(system);
        var (firstReferral, first) = await Enquiries.DiscussionAsync(system, null);
        var (secondReferral, second) = await Enquiries.DiscussionAsync(system, null);
        // Each child's discussion is announced as its own, with its own referral.
        foreach (var (referral, discussion) in new[] { (firstReferral, first), (secondReferral, second) })
        {
            var requested = await requestedOnBus.WaitForAsync(m => m.GetProperty("strategyDiscussionId").GetGuid() == discussion, Within, "StrategyDiscussionRequested");
            Assert.Equal(referral, requested.GetProperty("referralId").GetGuid());
        }
        var at = DateTimeOffset.UtcNow.AddMinutes(-30);

        await Problem.AssertAsync(await Convene(first, at, [second, Guid.NewGuid()]), HttpStatusCode.NotFound);
        Assert.False((await Get(second)).TryGetProperty("scheduledFor", out _), "the sibling was not convened");

        using var convened = await Convene(first, at, [second]);
        Assert.Equal(HttpStatusCode.OK, convened.StatusCode);
        Assert.Equal([second], (await convened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("discussedWith").EnumerateArray().Select(e => e.GetGuid()));
        var sibling = await Get(second);
        Assert.Equal("convened", sibling.GetProperty("status").GetString());
        Assert.Equal([first], sibling.GetProperty("discussedWith").EnumerateArray().Select(e => e.GetGuid()));
        Assert.Equal("lcpp-0042", sibling.GetProperty("chairId").GetString());

        (await system.SendAsync(HttpMethod.Post, $"{Path}/{first}/outcome", Enquiries.Outcome(Enquiries.Today(), thresholdMet: true))).EnsureSuccessStatusCode();
        (await system.SendAsync(HttpMethod.Post, $"{Path}/{second}/outcome", Enquiries.Outcome(Enquiries.Today(), thresholdMet: false))).EnsureSuccessStatusCode();
        Assert.True((await Get(first)).GetProperty("outcome").GetProperty("thresholdMet").GetBoolean());
        Assert.False((await Get(second)).GetProperty("outcome").GetProperty("thresholdMet").GetBoolean());
        // ...and each child's own outcome is announced.
        foreach (var (discussion, met) in new[] { (first, true), (second, false) })
        {
            var held = await heldOnBus.WaitForAsync(m => m.GetProperty("strategyDiscussionId").GetGuid() == discussion, Within, "StrategyDiscussionHeld");
            Assert.Equal(met, held.GetProperty("section47ThresholdMet").GetBoolean());
        }
        Assert.Equal(1, await system.CountAsync("enquiries", "SELECT count(*) FROM section_47_enquiries WHERE strategy_discussion_id = @id", ("id", first)));
        Assert.Equal(0, await system.CountAsync("enquiries", "SELECT count(*) FROM section_47_enquiries WHERE referral_id = @id", ("id", secondReferral)));

        // A held discussion cannot be pulled into another meeting.
        var (_, third) = await Enquiries.DiscussionAsync(system, null);
        await Problem.AssertAsync(await Convene(third, at, [second]), HttpStatusCode.Conflict, "discussedWith");
    }

    private Task<HttpResponseMessage> Convene(Guid id, DateTimeOffset at, Guid[] discussedWith) =>
        system.SendAsync(HttpMethod.Put, $"{Path}/{id}/convening",
            new { scheduledFor = at, chairId = "lcpp-0042", attendees = Enquiries.AllRequired, discussedWith });

    private Task<JsonElement> Get(Guid id) => system.Gateway.GetFromJsonAsync<JsonElement>($"{Path}/{id}");
}
