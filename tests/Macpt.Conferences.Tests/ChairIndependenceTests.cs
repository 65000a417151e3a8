using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;

namespace Macpt.Conferences.Tests;

/// <summary>The chair is an LCPP independent of the case: not the allocated social worker or their line manager.</summary>
public sealed class ChairIndependenceTests
{
    private static readonly CaseTeam Team = new("sw-01", "tm-02", "lcpp-03", "lcpp-03", Instant("2026-11-25T10:00:00Z"));

    [Theory]
    [InlineData("lcpp-chair-9")]
    [InlineData("lcpp-03")] // the allocated LCPP is not the social worker or their manager
    public void Someone_outside_the_social_work_line_may_chair(string chair) => Assert.False(ChairIndependence.IsBroken(chair, Team));

    [Theory]
    [InlineData("sw-01")]
    [InlineData("SW-01")] // ids compare without case
    [InlineData("tm-02")]
    public void The_allocated_social_worker_or_their_line_manager_may_not_chair(string chair) => Assert.True(ChairIndependence.IsBroken(chair, Team));

    [Fact]
    public void Without_the_case_team_no_chair_can_be_shown_independent() => Assert.True(ChairIndependence.IsBroken("lcpp-chair-9", null));
}
