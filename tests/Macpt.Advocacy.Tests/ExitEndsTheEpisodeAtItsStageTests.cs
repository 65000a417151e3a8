using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;
using Macpt.Contracts.Advocacy;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>
/// Working Together 2023, ch. 4: the process ends at a Section 47 with no conference, an initial conference with no plan,
/// or the end of the plan; each exit ends an episode that has not gone past it, once.
/// </summary>
public sealed class ExitEndsTheEpisodeAtItsStageTests
{
    [Theory]
    [InlineData(AdvocacyStages.Section47, EpisodeEndReasons.Section47NoConference)]
    [InlineData(AdvocacyStages.Section47, EpisodeEndReasons.ConferenceNoPlan)]
    [InlineData(AdvocacyStages.Conference, EpisodeEndReasons.ConferenceNoPlan)]
    [InlineData(AdvocacyStages.Section47, EpisodeEndReasons.PlanEnded)]
    [InlineData(AdvocacyStages.Conference, EpisodeEndReasons.PlanEnded)]
    [InlineData(AdvocacyStages.Plan, EpisodeEndReasons.PlanEnded)]
    public void An_exit_ends_an_episode_at_or_before_its_stage(string stage, string reason)
    {
        var episode = Build.Episode(stage);
        var exit = Build.Exit(reason);
        RuleAssert.Holds(new ExitEndsTheEpisodeAtItsStage(episode, exit));
        episode.End(exit);
        Assert.False(episode.IsOpen);
        Assert.Equal(exit.EndedOn, episode.EndedOn);
        Assert.Equal(reason, episode.EndReason);
    }

    [Theory]
    [InlineData(AdvocacyStages.Conference, EpisodeEndReasons.Section47NoConference)]
    [InlineData(AdvocacyStages.Plan, EpisodeEndReasons.Section47NoConference)]
    [InlineData(AdvocacyStages.Plan, EpisodeEndReasons.ConferenceNoPlan)]
    public void A_child_past_the_exit_stays_in_the_process(string stage, string reason)
    {
        var episode = Build.Episode(stage);
        Assert.False(episode.EndsAt(Build.Exit(reason)));
        RuleAssert.Refuses<ExitEndsTheEpisodeAtItsStage>(() => episode.End(Build.Exit(reason)), "status");
        Assert.True(episode.IsOpen);
    }

    [Fact]
    public void An_episode_ends_once()
    {
        var episode = Build.Episode();
        episode.End(Build.Exit(EpisodeEndReasons.Section47NoConference));
        RuleAssert.Broken(new ExitEndsTheEpisodeAtItsStage(episode, Build.Exit()), "status", RuleKind.Conflict);
        Assert.Equal(EpisodeEndReasons.Section47NoConference, episode.EndReason);
    }
}
