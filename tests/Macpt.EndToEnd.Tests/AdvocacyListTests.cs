using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.Contracts.Conferences;
using MassTransit;

namespace Macpt.EndToEnd.Tests;

/// <summary>The follow-up lists: offers unanswered after 2 working days, and parents without an advocate before a conference.</summary>
[Collection(MacptSystemCollection.Name)]
public sealed class AdvocacyListTests(MacptSystem system)
{
    private readonly AdvocacyScenario _a = new(system);
    private const string Base = AdvocacyScenario.Base;

    private Task<List<JsonElement>> ListAsync(string path, DateTimeOffset now) => _a.AllPagesAsync(path, now);

    private static bool Lists(List<JsonElement> list, Guid offerId) => list.Any(o => o.GetProperty("id").GetGuid() == offerId);

    [Fact]
    public async Task An_offer_unanswered_after_two_working_days_is_listed_until_it_is_answered()
    {
        var child = Referrals.NewChildId();
        var mother = await _a.RegisterParentAsync(child);
        await _a.EnquiryStartsAsync(child);
        var offerId = AdvocacyScenario.OfferOf(await _a.OffersEventuallyAsync(child, 1), mother);

        var now = DateTimeOffset.UtcNow;
        Assert.False(Lists(await ListAsync("/offers/unanswered", now), offerId));
        // A week on there have been at least 3 working days, whatever the bank holidays.
        Assert.True(Lists(await ListAsync("/offers/unanswered", now.AddDays(7)), offerId));

        await _a.AcceptAsync(offerId);
        Assert.False(Lists(await ListAsync("/offers/unanswered", now.AddDays(7)), offerId));
    }

    [Fact]
    public async Task Parents_without_an_advocate_before_the_conference_are_listed_until_one_is_allocated()
    {
        var child = Referrals.NewChildId();
        var mother = await _a.RegisterParentAsync(child, "mother");
        var father = await _a.RegisterParentAsync(child, "father");
        var (referral, enquiry) = await _a.EnquiryStartsAsync(child);
        var offers = await _a.OffersEventuallyAsync(child, 2);
        var (mothers, fathers) = (AdvocacyScenario.OfferOf(offers, mother), AdvocacyScenario.OfferOf(offers, father));

        var now = DateTimeOffset.UtcNow;
        Assert.False(Lists(await ListAsync("/offers/without-advocate", now), mothers)); // no conference yet
        var conferenceOn = AdvocacyScenario.Today.AddDays(10);
        await system.PublishAsync(new InitialConferenceScheduled(Guid.NewGuid(), enquiry, referral, child, conferenceOn, conferenceOn, false, false), NewId.NextGuid());
        var listed = await Eventually.ReturnsAsync(() => ListAsync("/offers/without-advocate", now), l => Lists(l, mothers) && Lists(l, fathers),
            TimeSpan.FromSeconds(30), "both parents listed before the conference");
        Assert.Equal(conferenceOn.ToString("yyyy-MM-dd"), listed.First(o => o.GetProperty("id").GetGuid() == mothers).GetProperty("conferenceDate").GetString());

        await _a.AcceptAsync(mothers);
        Assert.True(Lists(await ListAsync("/offers/without-advocate", now), mothers)); // accepted, still waiting
        using var allocated = await _a.AllocateAsync(mothers, await _a.AdvocateAsync(await _a.ProviderAsync()));
        Assert.Equal(HttpStatusCode.Created, allocated.StatusCode);
        using var declined = await system.SendAsync(HttpMethod.Post, $"{Base}/offers/{fathers}/answer",
            new { answer = "declined", answeredOn = AdvocacyScenario.Today });
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);

        var after = await ListAsync("/offers/without-advocate", now);
        Assert.False(Lists(after, mothers));
        Assert.False(Lists(after, fathers)); // a parent who said no is not chased
    }

    [Fact]
    public async Task After_the_conference_date_the_parent_is_no_longer_listed()
    {
        var child = Referrals.NewChildId();
        var mother = await _a.RegisterParentAsync(child);
        var (referral, enquiry) = await _a.EnquiryStartsAsync(child);
        var offerId = AdvocacyScenario.OfferOf(await _a.OffersEventuallyAsync(child, 1), mother);
        var conferenceOn = AdvocacyScenario.Today.AddDays(3);
        await system.PublishAsync(new InitialConferenceScheduled(Guid.NewGuid(), enquiry, referral, child, conferenceOn, conferenceOn, false, false), NewId.NextGuid());
        var now = DateTimeOffset.UtcNow;
        await Eventually.ReturnsAsync(() => ListAsync("/offers/without-advocate", now), l => Lists(l, offerId), TimeSpan.FromSeconds(30), "the parent listed");
        Assert.False(Lists(await ListAsync("/offers/without-advocate", now.AddDays(5)), offerId));
    }
}
