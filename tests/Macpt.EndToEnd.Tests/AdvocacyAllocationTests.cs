using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.Contracts.Advocacy;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Allocating advocates through the gateway: within capacity, never across a conflict between parents, ended at
/// once when consent is withdrawn or the advocate leaves; each allocation and ending proven on the bus.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class AdvocacyAllocationTests(MacptSystem system)
{
    private readonly AdvocacyScenario _a = new(system);
    private const string Base = AdvocacyScenario.Base;

    /// <summary>A child with parents who have all accepted an offer; returns the offer ids in the parents' order.</summary>
    private async Task<(string Child, Guid[] Parents, Guid[] Offers)> AcceptedAsync(params string[] relationships)
    {
        var child = Referrals.NewChildId();
        var parents = new List<Guid>();
        foreach (var r in relationships) parents.Add(await _a.RegisterParentAsync(child, r));
        await _a.EnquiryStartsAsync(child);
        var offers = await _a.OffersEventuallyAsync(child, parents.Count);
        var offerIds = parents.Select(p => AdvocacyScenario.OfferOf(offers, p)).ToArray();
        foreach (var o in offerIds) await _a.AcceptAsync(o);
        return (child, parents.ToArray(), offerIds);
    }

    private async Task<long> AllocationsOf(Guid offerId) =>
        await system.CountAsync("advocacy", "SELECT count(*) FROM allocations WHERE offer_id = @o", ("o", offerId));

    [Fact]
    public async Task An_allocation_goes_out_on_the_bus_and_the_advocate_is_seen_on_the_offer()
    {
        var (child, parents, offers) = await AcceptedAsync("mother");
        var provider = await _a.ProviderAsync();
        var advocate = await _a.AdvocateAsync(provider);
        await using var listener = await AdvocacyBusListener.StartAsync<AdvocateAllocated>(system);

        using var response = await _a.AllocateAsync(offers[0], advocate);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var allocationId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var message = await listener.WaitForAsync(m => m.GetProperty("allocationId").GetGuid() == allocationId, TimeSpan.FromSeconds(30), "AdvocateAllocated");
        Assert.Equal(offers[0], message.GetProperty("offerId").GetGuid());
        Assert.Equal(parents[0], message.GetProperty("parentId").GetGuid());
        Assert.Equal(advocate, message.GetProperty("advocateId").GetGuid());
        Assert.Equal(provider, message.GetProperty("providerId").GetGuid());
        Assert.Equal(child, message.GetProperty("laChildId").GetString());

        var offer = await _a.GetAsync($"/offers/{offers[0]}");
        Assert.Equal(advocate, offer.GetProperty("advocate").GetProperty("advocateId").GetGuid());
        Assert.Equal(1, (await _a.GetAsync($"/advocates/{advocate}")).GetProperty("openCases").GetInt32());
        Assert.Single((await _a.GetAsync($"/allocations?advocateId={advocate}")).GetProperty("items").EnumerateArray());

        // Only one advocate at a time for a parent.
        using var second = await _a.AllocateAsync(offers[0], await _a.AdvocateAsync(provider));
        await Problem.AssertAsync(second, HttpStatusCode.Conflict, "advocateId");
        Assert.Equal(1, await AllocationsOf(offers[0]));

        // The advocate's attendance at the meetings of the process.
        var today = AdvocacyScenario.Today;
        using var attended = await system.SendAsync(HttpMethod.Post, $"{Base}/allocations/{allocationId}/attendance",
            new { meeting = "conference", meetingOn = today, attended = true });
        Assert.Equal(HttpStatusCode.Created, attended.StatusCode);
        using var twice = await system.SendAsync(HttpMethod.Post, $"{Base}/allocations/{allocationId}/attendance",
            new { meeting = "conference", meetingOn = today, attended = true });
        await Problem.AssertAsync(twice, HttpStatusCode.Conflict, "meetingOn");
        using var beforeAllocation = await system.SendAsync(HttpMethod.Post, $"{Base}/allocations/{allocationId}/attendance",
            new { meeting = "strategy-discussion", meetingOn = today.AddDays(-3), attended = false });
        await Problem.AssertAsync(beforeAllocation, HttpStatusCode.UnprocessableEntity, "meetingOn");
        Assert.Single((await _a.GetAsync($"/allocations/{allocationId}")).GetProperty("attendance").EnumerateArray());
    }

    [Fact]
    public async Task An_allocation_over_capacity_is_refused_naming_the_advocate_and_nothing_is_stored()
    {
        var (_, _, offers) = await AcceptedAsync("mother", "father");
        var advocate = await _a.AdvocateAsync(await _a.ProviderAsync(), capacity: 1);
        using var first = await _a.AllocateAsync(offers[0], advocate);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var over = await _a.AllocateAsync(offers[1], advocate);
        await Problem.AssertAsync(over, HttpStatusCode.UnprocessableEntity, "advocateId");
        Assert.Equal(0, await AllocationsOf(offers[1]));
        Assert.Equal(0, await system.CountAsync("advocacy",
            "SELECT count(*) FROM outbox_messages WHERE message_type = 'Macpt.Contracts.Advocacy.AdvocateAllocated' AND payload->>'offerId' = @o", ("o", offers[1].ToString())));
        Assert.Equal(1, (await _a.GetAsync($"/advocates/{advocate}")).GetProperty("openCases").GetInt32());

        // Lowering capacity below the open cases lists the advocate as over capacity.
        using var lowered = await system.SendAsync(HttpMethod.Put, $"{Base}/advocates/{advocate}/capacity", new { capacity = 0 });
        Assert.Equal(HttpStatusCode.OK, lowered.StatusCode);
        Assert.Contains(await _a.AllPagesAsync("/advocates/over-capacity"), a => a.GetProperty("id").GetGuid() == advocate);
    }

    [Fact]
    public async Task An_advocate_never_serves_two_parents_in_conflict()
    {
        var (_, parents, offers) = await AcceptedAsync("mother", "father");
        using var conflict = await system.SendAsync(HttpMethod.Post, $"{Base}/parents/conflicts",
            new { firstParentId = parents[0], secondParentId = parents[1] });
        Assert.Equal(HttpStatusCode.Created, conflict.StatusCode);
        using var again = await system.SendAsync(HttpMethod.Post, $"{Base}/parents/conflicts",
            new { firstParentId = parents[1], secondParentId = parents[0] });
        await Problem.AssertAsync(again, HttpStatusCode.Conflict, "secondParentId");
        Assert.Contains(parents[1], (await _a.GetAsync($"/parents/{parents[0]}")).GetProperty("inConflictWith").EnumerateArray().Select(p => p.GetGuid()));

        var provider = await _a.ProviderAsync();
        var advocate = await _a.AdvocateAsync(provider, capacity: 5);
        Assert.Equal(HttpStatusCode.Created, (await _a.AllocateAsync(offers[0], advocate)).StatusCode);
        using var conflicted = await _a.AllocateAsync(offers[1], advocate);
        await Problem.AssertAsync(conflicted, HttpStatusCode.UnprocessableEntity, "advocateId");
        Assert.Equal(0, await AllocationsOf(offers[1]));
        Assert.Equal(HttpStatusCode.Created, (await _a.AllocateAsync(offers[1], await _a.AdvocateAsync(provider))).StatusCode);
    }

    [Fact]
    public async Task Withdrawing_consent_ends_the_allocation_at_once_frees_the_place_and_stops_reallocation()
    {
        var (_, parents, offers) = await AcceptedAsync("mother");
        var advocate = await _a.AdvocateAsync(await _a.ProviderAsync(), capacity: 1);
        using var allocated = await _a.AllocateAsync(offers[0], advocate);
        var allocationId = (await allocated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await using var listener = await AdvocacyBusListener.StartAsync<AdvocacyEnded>(system);

        using var withdrawn = await system.SendAsync(HttpMethod.Post, $"{Base}/offers/{offers[0]}/consent-withdrawal", new { });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var offer = await withdrawn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("consent-withdrawn", offer.GetProperty("status").GetString());
        Assert.False(offer.TryGetProperty("advocate", out _));

        var ended = await listener.WaitForAsync(m => m.GetProperty("allocationId").GetGuid() == allocationId, TimeSpan.FromSeconds(30), "AdvocacyEnded");
        Assert.Equal(AdvocacyEndReasons.ConsentWithdrawn, ended.GetProperty("reasonCode").GetString());
        Assert.Equal(parents[0], ended.GetProperty("parentId").GetGuid());
        Assert.Equal(0, (await _a.GetAsync($"/advocates/{advocate}")).GetProperty("openCases").GetInt32());

        using var reallocated = await _a.AllocateAsync(offers[0], advocate);
        await Problem.AssertAsync(reallocated, HttpStatusCode.Conflict, "status");
        using var twice = await system.SendAsync(HttpMethod.Post, $"{Base}/offers/{offers[0]}/consent-withdrawal", new { });
        await Problem.AssertAsync(twice, HttpStatusCode.Conflict, "status");
        using var answerAgain = await system.SendAsync(HttpMethod.Post, $"{Base}/offers/{offers[0]}/answer",
            new { answer = "accepted", answeredOn = AdvocacyScenario.Today });
        await Problem.AssertAsync(answerAgain, HttpStatusCode.Conflict, "answer");
        Assert.Equal(1, await AllocationsOf(offers[0]));
    }

    [Fact]
    public async Task When_an_advocate_leaves_the_allocation_ends_and_the_parent_is_reallocated()
    {
        var (_, _, offers) = await AcceptedAsync("mother");
        var provider = await _a.ProviderAsync();
        var leaving = await _a.AdvocateAsync(provider);
        using var allocated = await _a.AllocateAsync(offers[0], leaving);
        var allocationId = (await allocated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await using var listener = await AdvocacyBusListener.StartAsync<AdvocacyEnded>(system);

        using var left = await system.SendAsync(HttpMethod.Post, $"{Base}/advocates/{leaving}/leaving",
            new { leftOn = AdvocacyScenario.Today });
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        Assert.Equal([offers[0]], (await left.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("offersToReallocate").EnumerateArray().Select(o => o.GetGuid()).ToArray());
        var ended = await listener.WaitForAsync(m => m.GetProperty("allocationId").GetGuid() == allocationId, TimeSpan.FromSeconds(30), "AdvocacyEnded");
        Assert.Equal(AdvocacyEndReasons.AdvocateLeft, ended.GetProperty("reasonCode").GetString());

        using var toLeaver = await _a.AllocateAsync(offers[0], leaving);
        await Problem.AssertAsync(toLeaver, HttpStatusCode.UnprocessableEntity, "advocateId");
        using var reallocated = await _a.AllocateAsync(offers[0], await _a.AdvocateAsync(provider));
        Assert.Equal(HttpStatusCode.Created, reallocated.StatusCode);
        Assert.Equal(2, await AllocationsOf(offers[0]));
    }

    [Fact]
    public async Task An_advocate_is_not_allocated_before_the_parent_accepts_and_unknown_ids_answer_404()
    {
        var child = Referrals.NewChildId();
        var mother = await _a.RegisterParentAsync(child);
        await _a.EnquiryStartsAsync(child);
        var offerId = AdvocacyScenario.OfferOf(await _a.OffersEventuallyAsync(child, 1), mother);
        var advocate = await _a.AdvocateAsync(await _a.ProviderAsync());

        using var unanswered = await _a.AllocateAsync(offerId, advocate);
        await Problem.AssertAsync(unanswered, HttpStatusCode.Conflict, "status");
        using var unknownAdvocate = await _a.AllocateAsync(offerId, Guid.NewGuid());
        await Problem.AssertAsync(unknownAdvocate, HttpStatusCode.NotFound);
        using var unknownOffer = await _a.AllocateAsync(Guid.NewGuid(), advocate);
        await Problem.AssertAsync(unknownOffer, HttpStatusCode.NotFound);
        using var noAdvocate = await system.SendAsync(HttpMethod.Post, $"{Base}/offers/{offerId}/allocation", new { });
        await Problem.AssertAsync(noAdvocate, HttpStatusCode.BadRequest, "advocateId");
        Assert.Equal(0, await AllocationsOf(offerId));

        using var declined = await system.SendAsync(HttpMethod.Post, $"{Base}/offers/{offerId}/answer",
            new { answer = "declined", answeredOn = AdvocacyScenario.Today });
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        using var twice = await system.SendAsync(HttpMethod.Post, $"{Base}/offers/{offerId}/answer",
            new { answer = "accepted", answeredOn = AdvocacyScenario.Today });
        await Problem.AssertAsync(twice, HttpStatusCode.Conflict, "answer");
        Assert.Equal("declined", (await _a.GetAsync($"/offers/{offerId}")).GetProperty("status").GetString());
    }
}
