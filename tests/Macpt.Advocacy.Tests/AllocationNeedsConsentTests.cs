using Macpt.Advocacy.Domain.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>An advocate is allocated only with consent, in an open episode, one at a time.</summary>
public sealed class AllocationNeedsConsentTests
{
    [Fact]
    public void An_accepted_offer_in_an_open_episode_without_an_advocate_may_be_allocated() =>
        Assert.Null(AllocationNeedsConsent.Broken(Build.Accepted(), Build.Episode(), hasActiveAllocation: false));

    [Fact]
    public void An_unanswered_offer_may_not() =>
        Assert.Equal(AllocationNeedsConsent.NotAccepted, AllocationNeedsConsent.Broken(Build.Offer(), Build.Episode(), false));

    [Fact]
    public void A_declined_offer_may_not() =>
        Assert.Equal(AllocationNeedsConsent.NotAccepted, AllocationNeedsConsent.Broken(Build.Declined(), Build.Episode(), false));

    [Fact]
    public void After_consent_is_withdrawn_no_advocate_is_allocated() =>
        Assert.Equal(AllocationNeedsConsent.NotAccepted, AllocationNeedsConsent.Broken(Build.Withdrawn(), Build.Episode(), false));

    [Fact]
    public void Not_once_the_episode_has_ended()
    {
        var episode = Build.Episode();
        episode.End(TestDates.D("2026-03-02"));
        Assert.Equal(AllocationNeedsConsent.EpisodeEnded, AllocationNeedsConsent.Broken(Build.Accepted(), episode, false));
    }

    [Fact]
    public void Not_a_second_advocate_while_one_acts() =>
        Assert.Equal(AllocationNeedsConsent.AlreadyAllocated, AllocationNeedsConsent.Broken(Build.Accepted(), Build.Episode(), hasActiveAllocation: true));
}
