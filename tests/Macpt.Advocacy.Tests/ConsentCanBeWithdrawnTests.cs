using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>Consent given can be withdrawn at any time, once.</summary>
public sealed class ConsentCanBeWithdrawnTests
{
    [Fact]
    public void Consent_given_can_be_withdrawn() => RuleAssert.Holds(new ConsentCanBeWithdrawn(Build.Accepted()));

    [Fact]
    public void Withdrawal_closes_the_offer()
    {
        var offer = Build.Withdrawn();
        Assert.Equal(OfferStatus.ConsentWithdrawn, offer.Status);
        RuleAssert.Broken(new ConsentCanBeWithdrawn(offer), "status", RuleKind.Conflict);
    }

    [Fact]
    public void There_is_no_consent_to_withdraw_from_an_unanswered_or_declined_offer()
    {
        RuleAssert.Broken(new ConsentCanBeWithdrawn(Build.Offer()), "status", RuleKind.Conflict);
        RuleAssert.Broken(new ConsentCanBeWithdrawn(Build.Declined()), "status", RuleKind.Conflict);
    }

    [Fact]
    public void The_offer_refuses_a_second_withdrawal()
    {
        var offer = Build.Withdrawn();
        var at = offer.ConsentWithdrawnAt;
        RuleAssert.Refuses<ConsentCanBeWithdrawn>(() => offer.WithdrawConsent(Build.Now.AddDays(1), "sw-2"), "status");
        Assert.Equal(at, offer.ConsentWithdrawnAt);
    }
}
