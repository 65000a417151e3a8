using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.Contracts.Referrals;
using Macpt.WorkingDays;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Case consultations: asked by a partner, answered by an LCPP, sometimes becoming a referral. Each step is announced on
/// the bus (<see cref="ConsultationRequested"/>, <see cref="ConsultationAnswered"/>) with its answer deadline.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class ConsultationTests(MacptSystem system)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_consultation_is_advised_then_becomes_a_referral_keeping_the_link()
    {
        var laChildId = Referrals.NewChildId();
        await using var requestedOnBus = await AdvocacyBusListener.StartAsync<ConsultationRequested>(system);
        await using var answeredOnBus = await AdvocacyBusListener.StartAsync<ConsultationAnswered>(system);
        await using var receivedOnBus = await AdvocacyBusListener.StartAsync<ReferralReceived>(system);
        using var asked = await system.Gateway.PostAsJsonAsync("/api/referrals/consultations", new
        {
            requesterAgency = "education",
            requesterContact = "DSL office",
            question = "A pupil has disclosed worrying things; does this meet the threshold?",
            child = new { laChildId, firstName = "Test", lastName = "Pupil", dateOfBirth = "2014-09-01" },
        });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var created = await asked.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        Assert.Contains(id, await ListAsync("open"));
        // Due, by default, the working day after the London date it was asked (ConsultationAnswerDue).
        var dueBy = new WorkingDayCalendar().AddWorkingDays(LondonClock.ToLondonDate(created.GetProperty("requestedAt").GetDateTimeOffset()), 1);
        Assert.Equal(dueBy.ToString("yyyy-MM-dd"), created.GetProperty("answerDueBy").GetString());
        var requested = await requestedOnBus.WaitForAsync(m => m.GetProperty("consultationId").GetGuid() == id, Within, "ConsultationRequested");
        Assert.Equal(laChildId, requested.GetProperty("laChildId").GetString());
        Assert.Equal("education", requested.GetProperty("agency").GetString()); // the consulting agency the front door relays
        Assert.Equal(dueBy.ToString("yyyy-MM-dd"), requested.GetProperty("answerDueBy").GetString());
        Assert.Equal(created.GetProperty("requestedAt").GetDateTimeOffset(), requested.GetProperty("requestedAt").GetDateTimeOffset());

        using var advised = await system.Gateway.PostAsJsonAsync($"/api/referrals/consultations/{id}/advice", new { advice = "Make a referral today." });
        Assert.Equal(HttpStatusCode.OK, advised.StatusCode);
        var advice = await advised.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("advised", advice.GetProperty("status").GetString());
        var answered = await answeredOnBus.WaitForAsync(m => m.GetProperty("consultationId").GetGuid() == id, Within, "ConsultationAnswered (advice)");
        Assert.Equal((laChildId, "education"), (answered.GetProperty("laChildId").GetString(), answered.GetProperty("agency").GetString()));
        Assert.Equal(advice.GetProperty("advice").GetProperty("givenAt").GetDateTimeOffset(), answered.GetProperty("answeredAt").GetDateTimeOffset());
        Assert.True(answered.IsNull("referralId"));
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
        // Becoming a referral answers it again, now naming the referral; the referral names its referrer's agency (the token's).
        var becameReferral = await answeredOnBus.WaitForAsync(m => m.GetProperty("consultationId").GetGuid() == id, Within, "ConsultationAnswered (referral)");
        Assert.Equal(referralId, becameReferral.GetProperty("referralId").GetGuid());
        var received = await receivedOnBus.WaitForAsync(m => m.GetProperty("referralId").GetGuid() == referralId, Within, "ReferralReceived");
        Assert.Equal("local-authority", received.GetProperty("referrerAgency").GetString());

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
        await using var requestedOnBus = await AdvocacyBusListener.StartAsync<ConsultationRequested>(system);
        // A partner asks through its own portal: it consults as its own agency.
        using var asked = await system.SendAsync(HttpMethod.Post, "/api/referrals/consultations", new
        {
            question = "Anonymous question about a baby's bruising.",
        }, agency: "health");
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var body = await asked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("child", out _));
        Assert.Equal(0, body.GetProperty("ageInWorkingDays").GetInt32());
        // No child is named, so the event joins no child's record.
        var announced = await requestedOnBus.WaitForAsync(m => m.GetProperty("consultationId").GetGuid() == body.GetProperty("id").GetGuid(), Within, "ConsultationRequested");
        Assert.True(announced.IsNull("laChildId"));
        Assert.Equal("health", announced.GetProperty("agency").GetString());
        Assert.Equal(body.GetProperty("answerDueBy").GetString(), announced.GetProperty("answerDueBy").GetString());

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
