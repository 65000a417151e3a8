using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Macpt.EndToEnd.Tests;

/// <summary>Case consultations: asked by a partner, answered by an LCPP, sometimes becoming a referral.</summary>
[Collection(MacptSystemCollection.Name)]
public sealed class ConsultationTests(MacptSystem system)
{
    [Fact]
    public async Task A_consultation_is_advised_then_becomes_a_referral_keeping_the_link()
    {
        var laChildId = Referrals.NewChildId();
        using var asked = await system.Gateway.PostAsJsonAsync("/api/referrals/consultations", new
        {
            requesterAgency = "education",
            requesterContact = "DSL office",
            question = "A pupil has disclosed worrying things; does this meet the threshold?",
            child = new { laChildId, firstName = "Test", lastName = "Pupil", dateOfBirth = "2014-09-01" },
        });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var id = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Contains(id, await ListAsync("open"));

        using var advised = await system.Gateway.PostAsJsonAsync($"/api/referrals/consultations/{id}/advice", new { advice = "Make a referral today." });
        Assert.Equal(HttpStatusCode.OK, advised.StatusCode);
        Assert.Equal("advised", (await advised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.DoesNotContain(id, await ListAsync("open"));
        using var again = await system.Gateway.PostAsJsonAsync($"/api/referrals/consultations/{id}/advice", new { advice = "Other advice." });
        var refused = await Problem.AssertAsync(again, HttpStatusCode.Conflict, "advice"); // ConsultationIsAdvisedOnce, by the rule mapper
        Assert.Equal("The request conflicts with the record.", refused.GetProperty("title").GetString());

        var key = "consult-" + Guid.NewGuid().ToString("N");
        var body = Referrals.Body(laChildId);
        var referralId = await Referrals.CreateAsync(system.Gateway, body, key, $"/api/referrals/consultations/{id}/referral");
        var consultation = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/referrals/consultations/{id}");
        Assert.Equal("became-referral", consultation.GetProperty("status").GetString());
        Assert.Equal(referralId, consultation.GetProperty("referralId").GetGuid());
        var referral = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/referrals/{referralId}");
        Assert.Equal(id, referral.GetProperty("consultationId").GetGuid());

        // The same request again answers the same referral (a replay, 200); a second conversion with a new key is refused.
        using var replay = await Referrals.PostAsync(system.Gateway, body, key, $"/api/referrals/consultations/{id}/referral");
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(referralId, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        using var second = await Referrals.PostAsync(system.Gateway, Referrals.Body(laChildId), "consult-" + Guid.NewGuid().ToString("N"), $"/api/referrals/consultations/{id}/referral");
        var twice = await Problem.AssertAsync(second, HttpStatusCode.Conflict, "referralId"); // ConsultationBecomesReferralOnce
        Assert.Equal("The request conflicts with the record.", twice.GetProperty("title").GetString());
        Assert.Equal(1, await system.CountAsync("referrals", "SELECT count(*) FROM referrals WHERE la_child_id = @c", ("c", laChildId)));
    }

    [Fact]
    public async Task An_anonymous_consultation_is_accepted_and_listed_by_age()
    {
        using var asked = await system.Gateway.PostAsJsonAsync("/api/referrals/consultations", new
        {
            requesterAgency = "health",
            question = "Anonymous question about a baby's bruising.",
        });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var body = await asked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("child", out _));
        Assert.Equal(0, body.GetProperty("ageInWorkingDays").GetInt32());

        var open = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/referrals/consultations?status=open&pageSize=200");
        var requested = open.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("requestedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(requested.OrderBy(t => t), requested);
    }

    [Theory]
    [InlineData("""{"requesterAgency":"council","question":"q"}""", "requesterAgency")]
    [InlineData("""{"question":"q"}""", "requesterAgency")]
    [InlineData("""{"requesterAgency":"education"}""", "question")]
    [InlineData("""{"requesterAgency":"education","question":"q","child":{"dateOfBirth":"2099-01-01"}}""", "child.dateOfBirth")]
    public async Task A_bad_consultation_is_refused_naming_the_field(string json, string field)
    {
        var before = await system.CountAsync("referrals", "SELECT count(*) FROM case_consultations");
        using var response = await system.Gateway.PostAsync("/api/referrals/consultations", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await system.CountAsync("referrals", "SELECT count(*) FROM case_consultations"));
    }

    [Fact]
    public async Task Advice_on_an_unknown_consultation_answers_404() =>
        await Problem.AssertAsync(await system.Gateway.PostAsJsonAsync($"/api/referrals/consultations/{Guid.NewGuid()}/advice",
            new { advice = "a" }), HttpStatusCode.NotFound);

    /// <summary>Every consultation with the status, page by page (the list is paged, oldest first).</summary>
    private async Task<List<Guid>> ListAsync(string status)
    {
        var all = new List<Guid>();
        for (var page = 1; ; page++)
        {
            var body = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/referrals/consultations?status={status}&page={page}&pageSize=200");
            var items = body.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
            all.AddRange(items);
            if (items.Count == 0 || all.Count >= body.GetProperty("total").GetInt32()) return all;
        }
    }
}
