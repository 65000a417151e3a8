using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>A parent answers an offer once; after accepting they can withdraw consent, not answer again.</summary>
public sealed class OfferIsAnsweredOnceTests
{
    [Fact]
    public void A_new_offer_can_be_answered() => RuleAssert.Holds(new OfferIsAnsweredOnce(Build.Offer()));

    [Theory]
    [InlineData(OfferAnswers.Accepted, OfferStatus.Accepted)]
    [InlineData(OfferAnswers.Declined, OfferStatus.Declined)]
    public void The_answer_sets_the_status_and_closes_the_question(string answer, string status)
    {
        var offer = Build.Offer();
        offer.Answer(answer, D("2026-03-03"), "sw-1");
        Assert.Equal(status, offer.Status);
        RuleAssert.Broken(new OfferIsAnsweredOnce(offer), "answer", RuleKind.Conflict);
    }

    [Fact]
    public void An_accepted_offer_is_not_answered_again()
    {
        var offer = Build.Accepted();
        RuleAssert.Refuses<OfferIsAnsweredOnce>(() => offer.Answer(OfferAnswers.Declined, D("2026-03-03"), "sw-1"), "answer");
        Assert.Equal(OfferStatus.Accepted, offer.Status);
    }

    [Fact]
    public void A_declined_offer_is_not_answered_again() => RuleAssert.Broken(new OfferIsAnsweredOnce(Build.Declined()), "answer", RuleKind.Conflict);

    [Fact]
    public void A_withdrawn_offer_is_not_answered_again() => RuleAssert.Broken(new OfferIsAnsweredOnce(Build.Withdrawn()), "answer", RuleKind.Conflict);
}
