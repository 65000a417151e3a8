using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.ServiceDefaults;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// The one shape of the advocacy endpoints: paged lists, one idempotency path for every create that takes an
/// Idempotency-Key (its scope includes the caller), and rules answered by the one problem mapper.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class AdvocacyShapeTests(MacptSystem system)
{
    private readonly AdvocacyScenario _a = new(system);
    private const string Base = AdvocacyScenario.Base;

    [Fact]
    public async Task A_list_answers_pages_in_a_stable_order_an_empty_page_past_the_end_and_refuses_a_page_over_200()
    {
        var child = Referrals.NewChildId();
        await _a.RegisterParentAsync(child, "mother");
        await _a.RegisterParentAsync(child, "father");
        await _a.EnquiryStartsAsync(child);
        await _a.OffersEventuallyAsync(child, 2);

        var first = await _a.GetAsync($"/offers?laChildId={child}&page=1&pageSize=1");
        var second = await _a.GetAsync($"/offers?laChildId={child}&page=2&pageSize=1");
        foreach (var (page, number) in new[] { (first, 1), (second, 2) })
        {
            Assert.Equal(number, page.GetProperty("page").GetInt32());
            Assert.Equal(1, page.GetProperty("pageSize").GetInt32());
            Assert.Equal(2, page.GetProperty("total").GetInt32());
            Assert.Single(page.GetProperty("items").EnumerateArray());
        }
        Assert.NotEqual(first.GetProperty("items")[0].GetProperty("id").GetGuid(), second.GetProperty("items")[0].GetProperty("id").GetGuid());

        var past = await _a.GetAsync($"/offers?laChildId={child}&page=3&pageSize=1");
        Assert.Empty(past.GetProperty("items").EnumerateArray());
        Assert.Equal(2, past.GetProperty("total").GetInt32());

        using var tooBig = await system.SendAsync(HttpMethod.Get, $"{Base}/offers?laChildId={child}&pageSize=201");
        await Problem.AssertAsync(tooBig, HttpStatusCode.BadRequest, "pageSize");
        using var tooBigProviders = await system.SendAsync(HttpMethod.Get, $"{Base}/providers?pageSize=201");
        await Problem.AssertAsync(tooBigProviders, HttpStatusCode.BadRequest, "pageSize");
        var providers = await _a.GetAsync("/providers?page=1000000&pageSize=200");
        Assert.Empty(providers.GetProperty("items").EnumerateArray());
        Assert.True(providers.GetProperty("total").GetInt32() >= 0);
    }

    public static TheoryData<string> Creates => new() { "parents", "providers", "advocates", "guides-sent" };

    [Theory]
    [MemberData(nameof(Creates))]
    public async Task Each_create_answers_201_then_replays_200_with_the_same_body_refuses_another_body_and_scopes_the_key_by_caller(string create)
    {
        var (path, body, otherBody, table) = await CreateAsync(create);
        var key = AdvocacyScenario.Key();

        using var created = await system.SendAsync(HttpMethod.Post, $"{Base}{path}", body, idempotencyKey: key);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.NotNull(created.Headers.Location);
        var createdBody = await created.Content.ReadAsStringAsync();
        var id = JsonSerializer.Deserialize<JsonElement>(createdBody).GetProperty("id").GetGuid();

        using var replayed = await system.SendAsync(HttpMethod.Post, $"{Base}{path}", body, idempotencyKey: key);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal("true", replayed.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(createdBody, await replayed.Content.ReadAsStringAsync());

        using var reused = await system.SendAsync(HttpMethod.Post, $"{Base}{path}", otherBody, idempotencyKey: key);
        await Problem.AssertAsync(reused, HttpStatusCode.Conflict, "Idempotency-Key");

        // Another caller with the same key (a practitioner signed in through another client): its own record.
        var client = system.AsUser("adv-0001");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}{path}") { Content = JsonContent.Create(body, options: MacptJson.Options) };
        request.Headers.Add("Idempotency-Key", key);
        using var theirs = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.NotEqual(id, (await theirs.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(2, await system.CountAsync("advocacy", $"SELECT count(*) FROM {table.Name} WHERE {table.Where}", table.Parameter));
    }

    private async Task<(string Path, object Body, object OtherBody, (string Name, string Where, (string, object) Parameter) Table)> CreateAsync(string create)
    {
        var child = Referrals.NewChildId();
        var name = "Shape " + Guid.NewGuid().ToString("N")[..10];
        switch (create)
        {
            case "parents":
                return ("/parents", AdvocacyScenario.ParentBody(child), AdvocacyScenario.ParentBody(child, "father"),
                    ("parents", "la_child_id = @v", ("v", child)));
            case "providers":
                return ("/providers", new { name, kind = "voluntary" }, new { name, kind = "community" },
                    ("advocacy_providers", "name = @v", ("v", name)));
            case "advocates":
                var provider = await _a.ProviderAsync();
                return ($"/providers/{provider}/advocates", new { name, livedExperience = true, languages = new[] { "en" }, capacity = 2 },
                    new { name, livedExperience = false, languages = new[] { "en" }, capacity = 2 },
                    ("advocates", "provider_id = @v", ("v", provider)));
            default:
                var parent = await _a.RegisterParentAsync(child);
                var sentOn = AdvocacyScenario.Today;
                return ($"/parents/{parent}/guides", new { stage = "section-47", language = "en", channel = "post", sentOn },
                    new { stage = "section-47", language = "en", channel = "email", sentOn },
                    ("guides_sent", "parent_id = @v", ("v", parent)));
        }
    }

    [Fact]
    public async Task A_broken_rule_is_answered_by_the_problem_mapper_naming_the_field()
    {
        var child = Referrals.NewChildId();
        var mother = await _a.RegisterParentAsync(child);
        await _a.EnquiryStartsAsync(child);
        var offerId = AdvocacyScenario.OfferOf(await _a.OffersEventuallyAsync(child, 1), mother);

        // An answer dated before the offer was made breaks a rule: 422.
        using var early = await system.SendAsync(HttpMethod.Post, $"{Base}/offers/{offerId}/answer",
            new { answer = "accepted", answeredOn = AdvocacyScenario.Today.AddDays(-1) });
        var unprocessable = await Problem.AssertAsync(early, HttpStatusCode.UnprocessableEntity, "answeredOn");
        Assert.Equal("The request breaks a rule.", unprocessable.GetProperty("title").GetString());
        Assert.Equal("offered", (await _a.GetAsync($"/offers/{offerId}")).GetProperty("status").GetString());

        // A second answer conflicts with the record: 409.
        await _a.AcceptAsync(offerId);
        using var twice = await system.SendAsync(HttpMethod.Post, $"{Base}/offers/{offerId}/answer",
            new { answer = "declined", answeredOn = AdvocacyScenario.Today });
        var conflict = await Problem.AssertAsync(twice, HttpStatusCode.Conflict, "answer");
        Assert.Equal("The request conflicts with the record.", conflict.GetProperty("title").GetString());
    }
}
