using Macpt.Advocacy.Application;
using Macpt.Advocacy.Domain;

namespace Macpt.Advocacy.Tests;

/// <summary>Parents without an advocate while the child's conference is ahead are followed up, unless they said no.</summary>
public sealed class NeedsAdvocateBeforeConferenceTests
{
    private static readonly DateOnly Today = D("2026-03-10");

    private static Domain.Episode ConferenceOn(string date)
    {
        var episode = Build.Episode();
        episode.ConferenceScheduled(Guid.NewGuid(), D(date));
        return episode;
    }

    [Fact]
    public void An_unanswered_offer_before_the_conference_is_followed_up() =>
        Assert.True(NeedsAdvocateBeforeConference.Applies(Build.Offer(), ConferenceOn("2026-03-12"), false, Today));

    [Fact]
    public void An_accepted_offer_still_waiting_for_an_advocate_is_followed_up() =>
        Assert.True(NeedsAdvocateBeforeConference.Applies(Build.Accepted(), ConferenceOn("2026-03-12"), false, Today));

    [Fact]
    public void The_day_of_the_conference_still_counts() =>
        Assert.True(NeedsAdvocateBeforeConference.Applies(Build.Offer(), ConferenceOn("2026-03-10"), false, Today));

    [Fact]
    public void Not_once_an_advocate_acts() =>
        Assert.False(NeedsAdvocateBeforeConference.Applies(Build.Accepted(), ConferenceOn("2026-03-12"), true, Today));

    [Fact]
    public void Not_after_the_conference() =>
        Assert.False(NeedsAdvocateBeforeConference.Applies(Build.Offer(), ConferenceOn("2026-03-09"), false, Today));

    [Fact]
    public void Not_without_a_conference_date() =>
        Assert.False(NeedsAdvocateBeforeConference.Applies(Build.Offer(), Build.Episode(), false, Today));

    [Fact]
    public void Parents_who_declined_or_withdrew_are_not_chased()
    {
        Assert.False(NeedsAdvocateBeforeConference.Applies(Build.Declined(), ConferenceOn("2026-03-12"), false, Today));
        Assert.False(NeedsAdvocateBeforeConference.Applies(Build.Withdrawn(), ConferenceOn("2026-03-12"), false, Today));
    }

    [Fact]
    public void Not_once_the_episode_ended()
    {
        var episode = ConferenceOn("2026-03-12");
        episode.End(Build.Exit());
        Assert.False(NeedsAdvocateBeforeConference.Applies(Build.Offer(), episode, false, Today));
    }
}
