using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>An answer is dated on or after the day the offer was made (the offer in <see cref="Build"/> is made on 2026-03-02).</summary>
public sealed class OfferIsAnsweredAfterItWasMadeTests
{
    [Theory]
    [InlineData("2026-03-02")]
    [InlineData("2026-03-09")]
    public void An_answer_on_or_after_the_offer_day_holds(string answeredOn) =>
        RuleAssert.Holds(new OfferIsAnsweredAfterItWasMade(Build.Offer(), D(answeredOn)));

    [Fact]
    public void An_answer_before_the_offer_is_unprocessable() =>
        RuleAssert.Broken(new OfferIsAnsweredAfterItWasMade(Build.Offer(), D("2026-03-01")), "answeredOn", RuleKind.Unprocessable);

    [Fact]
    public void The_offer_refuses_an_answer_dated_before_it_and_stays_open()
    {
        var offer = Build.Offer();
        RuleAssert.Refuses<OfferIsAnsweredAfterItWasMade>(() => offer.Answer(OfferAnswers.Accepted, D("2026-02-27"), "sw-1"), "answeredOn");
        Assert.Equal(OfferStatus.Offered, offer.Status);
        Assert.Null(offer.AnsweredOn);
    }
}
