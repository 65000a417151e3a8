using Macpt.Advocacy.Domain;
using Macpt.Contracts.Advocacy;

namespace Macpt.Advocacy.Tests;

/// <summary>Section 47 → conference → plan: a late event for an earlier stage does not move the episode back.</summary>
public sealed class EpisodeStagesTests
{
    [Theory]
    [InlineData(AdvocacyStages.Section47, AdvocacyStages.Conference, AdvocacyStages.Conference)]
    [InlineData(AdvocacyStages.Conference, AdvocacyStages.Plan, AdvocacyStages.Plan)]
    [InlineData(AdvocacyStages.Plan, AdvocacyStages.Section47, AdvocacyStages.Plan)]
    [InlineData(AdvocacyStages.Conference, AdvocacyStages.Section47, AdvocacyStages.Conference)]
    [InlineData(AdvocacyStages.Section47, AdvocacyStages.Section47, AdvocacyStages.Section47)]
    public void The_furthest_stage_wins(string current, string reached, string expected) =>
        Assert.Equal(expected, EpisodeStages.Furthest(current, reached));

    [Fact]
    public void Every_advocacy_stage_has_a_rank_in_order() =>
        Assert.Equal([1, 2, 3], AdvocacyStages.All.Select(EpisodeStages.Rank));

    [Fact]
    public void An_unknown_stage_is_refused() => Assert.Throws<ArgumentOutOfRangeException>(() => EpisodeStages.Rank("review"));

    [Fact]
    public void An_episode_keeps_the_conference_date_and_moves_to_the_conference_stage()
    {
        var episode = Build.Episode();
        episode.ConferenceScheduled(Guid.NewGuid(), TestDates.D("2026-03-20"));
        Assert.Equal(AdvocacyStages.Conference, episode.Stage);
        Assert.Equal(TestDates.D("2026-03-20"), episode.ConferenceDate);
    }
}
