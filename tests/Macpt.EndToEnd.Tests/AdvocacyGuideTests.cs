using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Macpt.EndToEnd.Tests;

/// <summary>Plain-language guides per stage and language, which went to which parent, and parents' feedback per stage.</summary>
[Collection(MacptSystemCollection.Name)]
public sealed class AdvocacyGuideTests(MacptSystem system)
{
    private readonly AdvocacyScenario _a = new(system);
    private const string Base = AdvocacyScenario.Base;

    [Fact]
    public async Task The_catalogue_has_english_for_every_stage_and_refuses_an_unknown_language()
    {
        var english = await _a.GetAsync("/guides?language=en");
        Assert.Equal(["strategy-discussion", "section-47", "conference", "plan"], english.GetProperty("items").EnumerateArray().Select(g => g.GetProperty("stage").GetString()!).ToArray());
        var section47 = await _a.GetAsync("/guides?stage=section-47");
        Assert.Equal(["en", "cy", "pl", "ur"], section47.GetProperty("items").EnumerateArray().Select(g => g.GetProperty("language").GetString()!).ToArray());

        using var unknown = await system.SendAsync(HttpMethod.Get, $"{Base}/guides?language=xx");
        await Problem.AssertAsync(unknown, HttpStatusCode.BadRequest, "language");
        using var badStage = await system.SendAsync(HttpMethod.Get, $"{Base}/guides?stage=court");
        await Problem.AssertAsync(badStage, HttpStatusCode.BadRequest, "stage");
    }

    [Fact]
    public async Task A_guide_sent_to_a_parent_is_recorded_once_and_one_in_a_language_without_that_guide_is_refused()
    {
        var parent = await _a.RegisterParentAsync(Referrals.NewChildId());
        var body = new { stage = "conference", language = "ur", channel = "post", sentOn = AdvocacyScenario.Today };
        var key = AdvocacyScenario.Key();
        using var sent = await system.SendAsync(HttpMethod.Post, $"{Base}/parents/{parent}/guides", body, idempotencyKey: key);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        using var resent = await system.SendAsync(HttpMethod.Post, $"{Base}/parents/{parent}/guides", body, idempotencyKey: key);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode); // a replay answers 200 with the first body
        Assert.Equal("true", resent.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await sent.Content.ReadAsStringAsync(), await resent.Content.ReadAsStringAsync());

        using var noPlanInUrdu = await system.SendAsync(HttpMethod.Post, $"{Base}/parents/{parent}/guides", body with { stage = "plan" }, idempotencyKey: AdvocacyScenario.Key());
        await Problem.AssertAsync(noPlanInUrdu, HttpStatusCode.UnprocessableEntity, "language");
        using var unknownLanguage = await system.SendAsync(HttpMethod.Post, $"{Base}/parents/{parent}/guides", body with { language = "Urdu" }, idempotencyKey: AdvocacyScenario.Key());
        await Problem.AssertAsync(unknownLanguage, HttpStatusCode.BadRequest, "language");
        using var unknownParent = await system.SendAsync(HttpMethod.Post, $"{Base}/parents/{Guid.NewGuid()}/guides", body, idempotencyKey: AdvocacyScenario.Key());
        await Problem.AssertAsync(unknownParent, HttpStatusCode.NotFound);

        var guides = await _a.GetAsync($"/parents/{parent}/guides");
        var only = Assert.Single(guides.GetProperty("items").EnumerateArray());
        Assert.Equal("ur", only.GetProperty("guide").GetProperty("language").GetString());
        Assert.Equal("post", only.GetProperty("channel").GetString());
        Assert.Equal(1, await system.CountAsync("advocacy", "SELECT count(*) FROM guides_sent WHERE parent_id = @p", ("p", parent)));
    }

    [Fact]
    public async Task Feedback_is_given_once_per_stage_and_reported_as_an_average_per_stage()
    {
        var child = Referrals.NewChildId();
        var parent = await _a.RegisterParentAsync(child);
        await _a.EnquiryStartsAsync(child);
        var offerId = AdvocacyScenario.OfferOf(await _a.OffersEventuallyAsync(child, 1), parent);
        var givenOn = AdvocacyScenario.Today;

        using var given = await system.SendAsync(HttpMethod.Post, $"{Base}/offers/{offerId}/feedback",
            new { stage = "strategy-discussion", score = 2, comment = "Nobody explained what was happening.", givenOn });
        Assert.Equal(HttpStatusCode.Created, given.StatusCode);
        using var twice = await system.SendAsync(HttpMethod.Post, $"{Base}/offers/{offerId}/feedback", new { stage = "strategy-discussion", score = 5, givenOn });
        await Problem.AssertAsync(twice, HttpStatusCode.Conflict, "stage");
        using var outOfRange = await system.SendAsync(HttpMethod.Post, $"{Base}/offers/{offerId}/feedback", new { stage = "section-47", score = 9, givenOn });
        await Problem.AssertAsync(outOfRange, HttpStatusCode.BadRequest, "score");
        using var notYet = await system.SendAsync(HttpMethod.Post, $"{Base}/offers/{offerId}/feedback", new { stage = "plan", score = 3, givenOn });
        await Problem.AssertAsync(notYet, HttpStatusCode.UnprocessableEntity, "stage");
        using var unknownOffer = await system.SendAsync(HttpMethod.Post, $"{Base}/offers/{Guid.NewGuid()}/feedback", new { stage = "section-47", score = 3, givenOn });
        await Problem.AssertAsync(unknownOffer, HttpStatusCode.NotFound);
        Assert.Equal(1, await system.CountAsync("advocacy", "SELECT count(*) FROM stage_feedback WHERE offer_id = @o", ("o", offerId)));

        var report = await _a.GetAsync($"/feedback/report?from={givenOn:yyyy-MM-dd}&to={givenOn:yyyy-MM-dd}");
        var stage = report.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == "strategy-discussion");
        Assert.True(stage.GetProperty("responses").GetInt32() >= 1);
        Assert.InRange(stage.GetProperty("averageScore").GetDouble(), 1, 5);
        Assert.DoesNotContain("explained", report.ToString()); // comments stay with the record
        using var backwards = await system.SendAsync(HttpMethod.Get, $"{Base}/feedback/report?from={givenOn:yyyy-MM-dd}&to={givenOn.AddDays(-1):yyyy-MM-dd}");
        await Problem.AssertAsync(backwards, HttpStatusCode.BadRequest, "to");
    }
}
