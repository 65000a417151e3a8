using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Every create in the referrals service that takes an Idempotency-Key goes one way: the first answer 201, the same
/// key and body again 200 with <c>Idempotent-Replayed: true</c> and the same body, the same key with another body 409,
/// and the key is the caller's own (another caller's same key makes its own record).
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class ReferralIdempotencyTests(MacptSystem system)
{
    [Fact]
    public async Task A_referral_answers_201_then_its_replay_then_409_for_another_body_and_another_caller_has_its_own_key()
    {
        var key = "fd-" + Guid.NewGuid().ToString("N");
        var body = Referrals.Body();
        var (first, replayed) = await CreateThenReplayAsync(system.Gateway, "/api/referrals", body, key);
        var id = first.GetProperty("id").GetGuid();

        await Problem.AssertAsync(await Referrals.PostAsync(system.Gateway, Referrals.Body(), key), HttpStatusCode.Conflict, "Idempotency-Key");

        // The police portal sends the same reference for its own referral: a referral of its own, not the council's.
        using var police = await Referrals.PostAsync(system.ClientFor("police"), body, key);
        Assert.Equal(HttpStatusCode.Created, police.StatusCode);
        Assert.NotEqual(id, (await police.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(2, await system.CountAsync("referrals", "SELECT count(*) FROM idempotency_records WHERE key = @key", ("key", key)));
        Assert.Equal(2, await system.CountAsync("referrals", "SELECT count(*) FROM referrals WHERE la_child_id = @c",
            ("c", first.GetProperty("laChildId").GetString()!)));
        Assert.Equal(id, replayed.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_household_answers_201_then_its_replay_then_409_for_another_body_and_another_caller_has_its_own_key()
    {
        var key = "household-" + Guid.NewGuid().ToString("N");
        var body = Household();
        var (first, _) = await CreateThenReplayAsync(system.Gateway, "/api/referrals/households", body, key);
        Assert.Equal(2, first.GetProperty("referrals").GetArrayLength());

        await Problem.AssertAsync(await Referrals.PostAsync(system.Gateway, Household(), key, "/api/referrals/households"),
            HttpStatusCode.Conflict, "Idempotency-Key");

        using var education = await Referrals.PostAsync(system.ClientFor("education"), body, key, "/api/referrals/households");
        Assert.Equal(HttpStatusCode.Created, education.StatusCode);
        var theirs = (await education.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("householdId").GetGuid();
        Assert.NotEqual(first.GetProperty("householdId").GetGuid(), theirs);
        Assert.Equal(2, await system.CountAsync("referrals", "SELECT count(*) FROM referrals WHERE household_id = @h", ("h", theirs)));
    }

    /// <summary>Only the local authority may turn a consultation into a referral (the gateway answers 403 to a partner), so no second caller is tried.</summary>
    [Fact]
    public async Task A_consultation_becomes_a_referral_201_then_its_replay_then_409_for_another_body()
    {
        using var asked = await system.Gateway.PostAsJsonAsync("/api/referrals/consultations", new
        {
            requesterAgency = "education",
            question = "Should we refer?",
        });
        var consultation = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var path = $"/api/referrals/consultations/{consultation}/referral";
        var key = "consult-" + Guid.NewGuid().ToString("N");
        var body = Referrals.Body();

        await CreateThenReplayAsync(system.Gateway, path, body, key);

        await Problem.AssertAsync(await Referrals.PostAsync(system.Gateway, Referrals.Body(), key, path), HttpStatusCode.Conflict, "Idempotency-Key");
        await Problem.AssertAsync(await Referrals.PostAsync(system.ClientFor("health"), body, key, path), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_second_decision_is_refused_by_the_rule_mapper_naming_the_decision()
    {
        var id = await Referrals.CreateAsync(system.Gateway);
        (await Referrals.DecideAsync(system.Gateway, id, "family-help")).EnsureSuccessStatusCode();

        using var second = await Referrals.DecideAsync(system.Gateway, id, "strategy-discussion");
        var problem = await Problem.AssertAsync(second, HttpStatusCode.Conflict, "decision"); // ReferralIsDecidedOnce
        Assert.Equal("The request conflicts with the record.", problem.GetProperty("title").GetString());
        Assert.Single(problem.GetProperty("errors").EnumerateObject());
    }

    /// <summary>Creates (201, with a location), then sends the same again: 200, marked as a replay, the same body, nothing new stored.</summary>
    private async Task<(JsonElement First, JsonElement Replayed)> CreateThenReplayAsync(HttpClient client, string path, object body, string key)
    {
        using var created = await Referrals.PostAsync(client, body, key, path);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.False(created.Headers.Contains("Idempotent-Replayed"));
        Assert.NotNull(created.Headers.Location);
        var firstBody = await created.Content.ReadAsStringAsync();
        var stored = await system.CountAsync("referrals", "SELECT count(*) FROM referrals");

        using var again = await Referrals.PostAsync(client, body, key, path);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        var replayBody = await again.Content.ReadAsStringAsync();
        Assert.Equal(firstBody, replayBody);
        Assert.Equal(stored, await system.CountAsync("referrals", "SELECT count(*) FROM referrals"));
        return (JsonSerializer.Deserialize<JsonElement>(firstBody), JsonSerializer.Deserialize<JsonElement>(replayBody));
    }

    private static object Household() => new
    {
        children = new object[]
        {
            new { laChildId = Referrals.NewChildId(), firstName = "Test", lastName = "Elder", dateOfBirth = "2013-04-05", sex = "F" },
            new { laChildId = Referrals.NewChildId(), firstName = "Test", lastName = "Younger", dateOfBirth = "2017-08-09", sex = "M" },
        },
        referralSource = "3A",
        concerns = "The school is worried about both children.",
        receivedAt = DateTimeOffset.UtcNow.AddMinutes(-1), // education sends it too: a partner cannot back-date it
    };
}
