using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>No advocate is allocated for an episode that has ended.</summary>
public sealed class AllocationNeedsAnOpenEpisodeTests
{
    [Fact]
    public void An_open_episode_may_be_allocated() => RuleAssert.Holds(new AllocationNeedsAnOpenEpisode(Build.Episode()));

    [Fact]
    public void Not_once_the_episode_has_ended()
    {
        var episode = Build.Episode();
        episode.End(Build.Exit());
        RuleAssert.Broken(new AllocationNeedsAnOpenEpisode(episode), "status", RuleKind.Conflict);
        RuleAssert.Refuses<AllocationNeedsAnOpenEpisode>(
            () => Domain.Allocation.Make(Guid.NewGuid(), Build.Accepted(), episode, false, Build.Advocate(), "sw-1", Build.Now), "status");
    }
}
