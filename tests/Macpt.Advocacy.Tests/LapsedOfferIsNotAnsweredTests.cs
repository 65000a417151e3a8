using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>An offer unanswered when the episode ended lapses and is not answered; an answered one keeps its answer.</summary>
public sealed class LapsedOfferIsNotAnsweredTests
{
    [Fact]
    public void An_open_offer_can_be_answered() => RuleAssert.Holds(new LapsedOfferIsNotAnswered(Build.Offer()));

    [Fact]
    public void An_unanswered_offer_lapses_with_the_episode_and_is_not_answered()
    {
        var offer = Build.Offer();
        offer.EpisodeEnded();
        Assert.Equal(OfferStatus.Lapsed, offer.Status);
        RuleAssert.Broken(new LapsedOfferIsNotAnswered(offer), "status", RuleKind.Conflict);
        RuleAssert.Refuses<LapsedOfferIsNotAnswered>(() => offer.Answer(OfferAnswers.Accepted, D("2026-03-03"), "sw-1"), "status");
    }

    [Fact]
    public void An_answered_offer_keeps_its_answer()
    {
        var accepted = Build.Accepted();
        accepted.EpisodeEnded();
        Assert.Equal(OfferStatus.Accepted, accepted.Status);
        var declined = Build.Declined();
        declined.EpisodeEnded();
        Assert.Equal(OfferStatus.Declined, declined.Status);
    }
}
