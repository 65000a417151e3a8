using System.Net;
using System.Text.Json;
using Macpt.Contracts.Conferences;
using Macpt.Contracts.Enquiries;
using MassTransit;
using static Macpt.EndToEnd.Tests.FamilyNetworkSteps;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Issue 16 item 7: whenever the child protection process ends (no conference after a Section 47, no plan at the
/// ICPC, the plan ended), the family network requests it opened close with the reason, and advocacy ends: unanswered
/// offers lapse, advocates stop and their places are freed. Each exit once, redelivery changing nothing.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class ProcessExitTests(MacptSystem system)
{
    private readonly FamilyNetworkSteps _fn = new(system);
    private readonly AdvocacyScenario _a = new(system);
    private readonly ConferenceSteps _conferences = new(system);
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    private Task<JsonElement> ClosedRequestAsync(string laChildId, string stage) =>
        Eventually.ReturnsAsync(async () => (await _fn.ListAsync($"laChildId={laChildId}&stage={stage}")).SingleOrDefault(),
            r => r.ValueKind == JsonValueKind.Object && r.GetProperty("status").GetString() == "closed", Within, $"the {stage} request closed");

    private Task<JsonElement> OfferEventuallyAsync(string laChildId, Guid parentId, string status) =>
        Eventually.ReturnsAsync(async () => (await _a.OffersAsync(laChildId)).EnumerateArray().SingleOrDefault(o => o.GetProperty("parentId").GetGuid() == parentId),
            o => o.ValueKind == JsonValueKind.Object && o.GetProperty("status").GetString() == status, Within, $"the offer {status}");

    [Fact]
    public async Task Every_exit_from_the_process_closes_the_family_network_requests_and_ends_advocacy_freeing_the_advocate()
    {
        // 1. A Section 47 enquiry that needs no conference (as enquiries publishes it), delivered twice.
        var first = Referrals.NewChildId();
        var mother = await _a.RegisterParentAsync(first);
        var father = await _a.RegisterParentAsync(first, "father");
        var (referral, enquiry) = await _a.EnquiryStartsAsync(first);
        var offers = await _a.OffersEventuallyAsync(first, 2);
        var motherOffer = AdvocacyScenario.OfferOf(offers, mother);
        var fatherOffer = AdvocacyScenario.OfferOf(offers, father);
        await _a.AcceptAsync(motherOffer);
        var advocate = await _a.AdvocateAsync(await _a.ProviderAsync(), capacity: 1);
        using (var allocated = await _a.AllocateAsync(motherOffer, advocate)) Assert.Equal(HttpStatusCode.Created, allocated.StatusCode);
        var request = await Eventually.ReturnsAsync(() => _fn.ListAsync($"laChildId={first}&stage=section-47"), l => l.Length == 1, Within, "the section-47 request");
        var requestId = request[0].GetProperty("id").GetGuid();

        var completed = NewId.NextGuid();
        var noConference = new Section47EnquiryCompleted(enquiry, referral, first, AdvocacyScenario.Today, Section47Outcomes.NotSubstantiated, false);
        await system.PublishAsync(noConference, completed);
        await system.PublishAsync(noConference, completed);

        var closed = await ClosedRequestAsync(first, "section-47");
        Assert.Equal("section-47-no-conference", closed.GetProperty("closure").GetProperty("reason").GetString());
        Assert.Equal(enquiry, closed.GetProperty("closure").GetProperty("sourceId").GetGuid());
        var lapsed = await OfferEventuallyAsync(first, father, "lapsed");
        Assert.Equal("section-47-no-conference", lapsed.GetProperty("episodeEndReason").GetString());
        var accepted = await OfferEventuallyAsync(first, mother, "accepted");
        Assert.False(accepted.TryGetProperty("advocate", out var stillActing) && stillActing.ValueKind != JsonValueKind.Null, "the advocate still acts");
        Assert.Equal(0, (await _a.GetAsync($"/advocates/{advocate}")).GetProperty("openCases").GetInt32());
        // Nothing more happens in the closed request or the ended episode.
        using (var offer = await system.SendAsync(HttpMethod.Post, $"{Requests}/{requestId}/offer", Offer()))
            await Problem.AssertAsync(offer, HttpStatusCode.Conflict, "status");
        using (var answer = await system.SendAsync(HttpMethod.Post, $"{AdvocacyScenario.Base}/offers/{fatherOffer}/answer", new { answer = "accepted", answeredOn = AdvocacyScenario.Today }))
            await Problem.AssertAsync(answer, HttpStatusCode.Conflict, "status");
        await _fn.AppliedAsync("Section47EnquiryCompletedConsumer", completed);
        Assert.Equal(1, await _fn.OutboxAsync("FamilyNetworkMeetingRequestClosed", "requestId", requestId.ToString()));
        Assert.Equal(1, await system.CountAsync("advocacy",
            "SELECT count(*) FROM outbox_messages WHERE message_type = 'Macpt.Contracts.Advocacy.AdvocacyEnded' AND payload->>'advocateId' = @a", ("a", advocate.ToString())));

        // 2. An initial conference that decides no plan is needed, held through the conference service.
        var second = Referrals.NewChildId();
        await using var answeredOnBus = await AdvocacyBusListener.StartAsync<Macpt.Contracts.Advocacy.AdvocacyOfferAnswered>(system);
        var parent = await _a.RegisterParentAsync(second);
        var conferenceId = await _conferences.ArrangedConferenceAsync(second, "2026-11-30", ConferenceSteps.At("2026-11-23T09:00:00Z"));
        await Eventually.ReturnsAsync(() => _fn.ListAsync($"laChildId={second}&stage=pre-conference"), l => l.Length == 1, Within, "the pre-conference request");
        await OfferEventuallyAsync(second, parent, "offered");
        await _conferences.OkAsync(HttpMethod.Post, $"/api/conferences/{conferenceId}/outcome", ConferenceSteps.InitialOutcome("2026-11-30", null), ConferenceSteps.At("2026-11-30T16:00:00Z"));
        var noPlan = await ClosedRequestAsync(second, "pre-conference");
        Assert.Equal("conference-no-plan", noPlan.GetProperty("closure").GetProperty("reason").GetString());
        Assert.Equal("2026-11-30", noPlan.GetProperty("closure").GetProperty("closedOn").GetString());
        var lapsedOffer = await OfferEventuallyAsync(second, parent, "lapsed");
        Assert.Equal("conference-no-plan", lapsedOffer.GetProperty("episodeEndReason").GetString());
        // The unanswered offer is announced as lapsed on the day the episode ended (the conference's date).
        var lapsedOnBus = await answeredOnBus.WaitForAsync(m => m.GetProperty("offerId").GetGuid() == lapsedOffer.GetProperty("id").GetGuid(), Within, "AdvocacyOfferAnswered (lapsed)");
        Assert.Equal(("lapsed", "2026-11-30", parent), (lapsedOnBus.GetProperty("answer").GetString(), lapsedOnBus.GetProperty("answeredOn").GetString(),
            lapsedOnBus.GetProperty("parentId").GetGuid()));
        Assert.Equal(("conference", second), (lapsedOnBus.GetProperty("stage").GetString(), lapsedOnBus.GetProperty("laChildId").GetString()));

        // 3. The plan ended (as conferences publishes it): its child protection request closes; the Family Help one goes on.
        var third = Referrals.NewChildId();
        var planReferral = Guid.NewGuid();
        var section47 = await _fn.RequestAsync(third, planReferral, "section-47");
        var familyHelp = await _fn.RequestAsync(third, planReferral, "family-help");
        await system.PublishAsync(new ChildProtectionPlanEnded(Guid.NewGuid(), planReferral, third, AdvocacyScenario.Today, "RC7"), NewId.NextGuid());
        Assert.Equal("plan-ended", (await ClosedRequestAsync(third, "section-47")).GetProperty("closure").GetProperty("reason").GetString());
        Assert.Equal("requested", (await _fn.OkAsync(HttpMethod.Get, $"{Requests}/{familyHelp}", null)).GetProperty("status").GetString());
        Assert.Equal(1, await _fn.OutboxAsync("FamilyNetworkMeetingRequestClosed", "requestId", section47.ToString()));
    }
}
