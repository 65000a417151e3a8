using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>An offer is answered once; consent given can be withdrawn at any time, once.</summary>
public sealed class OfferAnswerTests
{
    [Fact]
    public void A_new_offer_can_be_answered() => Assert.False(OfferIsAnsweredOnce.IsBroken(Build.Offer()));

    [Theory]
    [InlineData(OfferAnswers.Accepted, OfferStatus.Accepted)]
    [InlineData(OfferAnswers.Declined, OfferStatus.Declined)]
    public void The_answer_sets_the_status(string answer, string status)
    {
        var offer = Build.Offer();
        offer.Answer(answer, TestDates.D("2026-03-03"), "sw-1");
        Assert.Equal(status, offer.Status);
        Assert.True(OfferIsAnsweredOnce.IsBroken(offer));
    }

    [Fact]
    public void An_accepted_offer_is_not_answered_again() => Assert.Throws<InvalidOperationException>(() => Build.Accepted().Answer(OfferAnswers.Declined, TestDates.D("2026-03-03"), "sw-1"));

    [Fact]
    public void A_declined_offer_is_not_answered_again() => Assert.True(OfferIsAnsweredOnce.IsBroken(Build.Declined()));

    [Fact]
    public void Consent_given_can_be_withdrawn() => Assert.False(ConsentCanBeWithdrawn.IsBroken(Build.Accepted()));

    [Fact]
    public void Withdrawal_closes_the_offer()
    {
        var offer = Build.Withdrawn();
        Assert.Equal(OfferStatus.ConsentWithdrawn, offer.Status);
        Assert.True(ConsentCanBeWithdrawn.IsBroken(offer));
        Assert.True(OfferIsAnsweredOnce.IsBroken(offer));
    }

    [Fact]
    public void There_is_no_consent_to_withdraw_from_an_unanswered_or_declined_offer()
    {
        Assert.True(ConsentCanBeWithdrawn.IsBroken(Build.Offer()));
        Assert.True(ConsentCanBeWithdrawn.IsBroken(Build.Declined()));
        Assert.Throws<InvalidOperationException>(() => Build.Declined().WithdrawConsent(Build.Now, "sw-1"));
    }
}
