using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.Contracts.Advocacy;
using Macpt.Contracts.Conferences;
using Macpt.Contracts.Enquiries;
using MassTransit;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Every parent is offered an advocate once per episode, whichever triggering events arrive and however often,
/// through the bus, the gateway and the advocacy database.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class AdvocacyOfferTests(MacptSystem system)
{
    private readonly AdvocacyScenario _a = new(system);

    private Task WaitAppliedAsync(string consumer, Guid messageId) => Eventually.ReturnsAsync(
        () => system.CountAsync("advocacy", "SELECT count(*) FROM inbox_messages WHERE consumer = @c AND message_id = @id", ("c", consumer), ("id", messageId)),
        n => n == 1, TimeSpan.FromSeconds(30), $"{consumer} to apply {messageId}");

    [Fact]
    public async Task Every_parent_is_offered_once_however_often_the_enquiry_start_arrives()
    {
        var child = Referrals.NewChildId();
        var mother = await _a.RegisterParentAsync(child, "mother");
        var father = await _a.RegisterParentAsync(child, "father");
        Assert.Equal(0, (await _a.OffersAsync(child)).GetArrayLength()); // nothing to offer before an episode

        var referral = Guid.NewGuid();
        var today = AdvocacyScenario.Today;
        var started = new Section47EnquiryStarted(Guid.NewGuid(), referral, child, today, today.AddDays(21));
        var first = NewId.NextGuid();
        var replayed = NewId.NextGuid();
        await system.PublishAsync(started, first);
        await system.PublishAsync(started, first);
        await system.PublishAsync(started, replayed);
        await WaitAppliedAsync("Section47EnquiryStartedConsumer", first);
        await WaitAppliedAsync("Section47EnquiryStartedConsumer", replayed);

        var offers = await _a.OffersAsync(child);
        Assert.Equal(2, offers.GetArrayLength());
        Assert.All(offers.EnumerateArray(), o =>
        {
            Assert.Equal("section-47", o.GetProperty("stage").GetString());
            Assert.Equal("offered", o.GetProperty("status").GetString());
            Assert.Equal(referral, o.GetProperty("referralId").GetGuid());
        });
        Assert.Equal(new[] { mother, father }.Order(), offers.EnumerateArray().Select(o => o.GetProperty("parentId").GetGuid()).Order());
        Assert.Equal(2, await system.CountAsync("advocacy", "SELECT count(*) FROM advocacy_offers WHERE la_child_id = @c", ("c", child)));
        Assert.Equal(2, await system.CountAsync("advocacy",
            "SELECT count(*) FROM outbox_messages WHERE message_type = 'Macpt.Contracts.Advocacy.AdvocacyOffered' AND payload->>'laChildId' = @c", ("c", child)));
        // Events carry ids only: no name of a parent.
        Assert.Equal(0, await system.CountAsync("advocacy", "SELECT count(*) FROM outbox_messages WHERE payload::text LIKE '%Test Parent%'"));
    }

    [Fact]
    public async Task A_conference_keeps_its_date_a_plan_offers_nothing_twice_and_a_parent_registered_late_is_offered_at_once()
    {
        var child = Referrals.NewChildId();
        var mother = await _a.RegisterParentAsync(child);
        var (referral, enquiry) = await _a.EnquiryStartsAsync(child);
        await _a.OffersEventuallyAsync(child, 1);

        var conferenceOn = AdvocacyScenario.Today.AddDays(10);
        var scheduled = new InitialConferenceScheduled(Guid.NewGuid(), enquiry, referral, child, conferenceOn, conferenceOn, false, false);
        await system.PublishAsync(scheduled, NewId.NextGuid());
        var again = NewId.NextGuid();
        await system.PublishAsync(scheduled, again);
        await WaitAppliedAsync("InitialConferenceScheduledConsumer", again);

        var offer = Assert.Single((await _a.OffersAsync(child)).EnumerateArray());
        Assert.Equal(mother, offer.GetProperty("parentId").GetGuid());
        Assert.Equal("section-47", offer.GetProperty("stage").GetString()); // the stage it was first made at
        Assert.Equal(conferenceOn.ToString("yyyy-MM-dd"), offer.GetProperty("conferenceDate").GetString());

        // A parent registered while the episode is open is offered an advocate in the same request.
        using var registered = await system.SendAsync(HttpMethod.Post, $"{AdvocacyScenario.Base}/parents", AdvocacyScenario.ParentBody(child, "father", "pl"), idempotencyKey: AdvocacyScenario.Key());
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var father = await registered.Content.ReadFromJsonAsync<JsonElement>();
        var fathersOffer = Assert.Single(father.GetProperty("offers").EnumerateArray());
        Assert.Equal("conference", fathersOffer.GetProperty("stage").GetString());

        var plan = NewId.NextGuid();
        await system.PublishAsync(new ChildProtectionPlanStarted(Guid.NewGuid(), referral, child, conferenceOn, "NEG"), plan);
        await WaitAppliedAsync("ChildProtectionPlanStartedConsumer", plan);
        Assert.Equal(2, (await _a.OffersAsync(child)).GetArrayLength());
        Assert.Equal(2, await system.CountAsync("advocacy",
            "SELECT count(*) FROM outbox_messages WHERE message_type = 'Macpt.Contracts.Advocacy.AdvocacyOffered' AND payload->>'laChildId' = @c", ("c", child)));
    }

    [Fact]
    public async Task Without_a_referral_a_conference_joins_the_episode_of_its_enquiry()
    {
        var child = Referrals.NewChildId();
        await _a.RegisterParentAsync(child);
        var today = AdvocacyScenario.Today;
        var enquiry = Guid.NewGuid();
        await system.PublishAsync(new Section47EnquiryStarted(enquiry, null, child, today, today.AddDays(21)), NewId.NextGuid());
        await _a.OffersEventuallyAsync(child, 1);
        var scheduled = NewId.NextGuid();
        await system.PublishAsync(new InitialConferenceScheduled(Guid.NewGuid(), enquiry, null, child, today.AddDays(5), today.AddDays(21), false, false), scheduled);
        await WaitAppliedAsync("InitialConferenceScheduledConsumer", scheduled);

        var offer = Assert.Single((await _a.OffersAsync(child)).EnumerateArray());
        Assert.Equal(today.AddDays(5).ToString("yyyy-MM-dd"), offer.GetProperty("conferenceDate").GetString());
        Assert.Equal(1, await system.CountAsync("advocacy", "SELECT count(*) FROM episodes WHERE la_child_id = @c", ("c", child)));
    }

    [Fact]
    public async Task The_end_of_the_plan_ends_advocacy_for_the_episode_on_the_bus_and_frees_the_advocate()
    {
        var child = Referrals.NewChildId();
        var mother = await _a.RegisterParentAsync(child);
        var (referral, _) = await _a.EnquiryStartsAsync(child);
        var offerId = AdvocacyScenario.OfferOf(await _a.OffersEventuallyAsync(child, 1), mother);
        await _a.AcceptAsync(offerId);
        var advocate = await _a.AdvocateAsync(await _a.ProviderAsync(), capacity: 1);
        using var allocated = await _a.AllocateAsync(offerId, advocate);
        Assert.Equal(HttpStatusCode.Created, allocated.StatusCode);
        var allocationId = (await allocated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await using var listener = await AdvocacyBusListener.StartAsync<AdvocacyEnded>(system);
        await system.PublishAsync(new ChildProtectionPlanEnded(Guid.NewGuid(), referral, child, AdvocacyScenario.Today, "RC7"), NewId.NextGuid());
        var ended = await listener.WaitForAsync(m => m.GetProperty("allocationId").GetGuid() == allocationId, TimeSpan.FromSeconds(30), "AdvocacyEnded");
        Assert.Equal(AdvocacyEndReasons.EpisodeEnded, ended.GetProperty("reasonCode").GetString());
        Assert.Equal(mother, ended.GetProperty("parentId").GetGuid());
        Assert.Equal(advocate, ended.GetProperty("advocateId").GetGuid());

        Assert.Equal(0, (await _a.GetAsync($"/advocates/{advocate}")).GetProperty("openCases").GetInt32());
        // Nothing more is offered or allocated for an ended episode.
        using var late = await _a.AllocateAsync(offerId, advocate);
        await Problem.AssertAsync(late, HttpStatusCode.Conflict, "status");
        await _a.RegisterParentAsync(child, "father");
        Assert.Equal(1, (await _a.OffersAsync(child)).GetArrayLength());
    }

    [Fact]
    public async Task A_parent_registered_with_bad_input_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var child = Referrals.NewChildId();
        using var noKey = await system.SendAsync(HttpMethod.Post, $"{AdvocacyScenario.Base}/parents", AdvocacyScenario.ParentBody(child));
        await Problem.AssertAsync(noKey, HttpStatusCode.BadRequest, "Idempotency-Key");
        using var badLanguage = await system.SendAsync(HttpMethod.Post, $"{AdvocacyScenario.Base}/parents",
            AdvocacyScenario.ParentBody(child, language: "Polish"), idempotencyKey: AdvocacyScenario.Key());
        await Problem.AssertAsync(badLanguage, HttpStatusCode.BadRequest, "language");
        using var badRelationship = await system.SendAsync(HttpMethod.Post, $"{AdvocacyScenario.Base}/parents",
            AdvocacyScenario.ParentBody(child, relationship: "neighbour"), idempotencyKey: AdvocacyScenario.Key());
        await Problem.AssertAsync(badRelationship, HttpStatusCode.BadRequest, "relationship");
        Assert.Equal(0, await system.CountAsync("advocacy", "SELECT count(*) FROM parents WHERE la_child_id = @c", ("c", child)));

        // The same key and body answer the first registration again; another body under that key is refused.
        var key = AdvocacyScenario.Key();
        using var first = await system.SendAsync(HttpMethod.Post, $"{AdvocacyScenario.Base}/parents", AdvocacyScenario.ParentBody(child), idempotencyKey: key);
        using var again = await system.SendAsync(HttpMethod.Post, $"{AdvocacyScenario.Base}/parents", AdvocacyScenario.ParentBody(child), idempotencyKey: key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode); // a replay answers 200, marked as one
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        using var reused = await system.SendAsync(HttpMethod.Post, $"{AdvocacyScenario.Base}/parents", AdvocacyScenario.ParentBody(child, "father"), idempotencyKey: key);
        await Problem.AssertAsync(reused, HttpStatusCode.Conflict, "Idempotency-Key");
        Assert.Equal(1, await system.CountAsync("advocacy", "SELECT count(*) FROM parents WHERE la_child_id = @c", ("c", child)));

        using var unknown = await system.SendAsync(HttpMethod.Get, $"{AdvocacyScenario.Base}/parents/{Guid.NewGuid()}");
        await Problem.AssertAsync(unknown, HttpStatusCode.NotFound);
        using var unknownOffer = await system.SendAsync(HttpMethod.Post, $"{AdvocacyScenario.Base}/offers/{Guid.NewGuid()}/answer",
            new { answer = "accepted", answeredOn = AdvocacyScenario.Today });
        await Problem.AssertAsync(unknownOffer, HttpStatusCode.NotFound);
    }
}
