using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>An offer is dated from the day the meeting was asked for (16 November).</summary>
public sealed class OfferIsNotBeforeTheRequestTests
{
    [Theory]
    [InlineData("2026-11-16")]
    [InlineData("2026-11-25")]
    public void An_offer_from_the_day_asked_holds(string offeredOn) => RuleAssert.Holds(new OfferIsNotBeforeTheRequest(New(), D(offeredOn)));

    [Fact]
    public void An_offer_before_the_request_is_refused() =>
        RuleAssert.Broken(new OfferIsNotBeforeTheRequest(New(), D("2026-11-15")), "offeredOn", RuleKind.Unprocessable);

    [Fact]
    public void The_day_asked_is_londons_day() =>
        // 23:30 UTC on 15 November is 23:30 in London (GMT): asked on the 15th, so an offer that day holds.
        RuleAssert.Holds(new OfferIsNotBeforeTheRequest(New(askedAt: Instant("2026-11-15T23:30:00Z")), D("2026-11-15")));

    [Fact]
    public void The_request_refuses_an_offer_before_it_and_one_dated_tomorrow()
    {
        RuleAssert.Refuses<OfferIsNotBeforeTheRequest>(() => New().RecordOffer(Offer("2026-11-15"), Today), "offeredOn");
        RuleAssert.Refuses<RecordedDateIsNotInTheFuture>(() => New().RecordOffer(Offer("2026-11-26"), Today), "offeredOn");
    }
}
