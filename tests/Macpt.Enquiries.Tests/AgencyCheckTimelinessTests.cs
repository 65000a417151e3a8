using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Timescales;

namespace Macpt.Enquiries.Tests;

/// <summary>
/// A check is late once its due date passes unanswered, or when answered after it; by default it is due after the
/// local target, capped at an ICPC target still ahead (the due-date rules are in their own rule tests).
/// </summary>
public sealed class AgencyCheckTimelinessTests
{
    [Theory]
    [InlineData("2026-12-04", null, "2026-12-04", false)] // due today, unanswered: not yet late
    [InlineData("2026-12-04", null, "2026-12-05", true)]  // the day after, unanswered
    [InlineData("2026-12-04", "2026-12-04", "2026-12-20", false)] // answered on the day: never late
    [InlineData("2026-12-04", "2026-12-07", "2026-12-07", true)]  // answered after the day
    public void Late_is_judged_by_the_answer_date_once_answered(string dueOn, string? answeredOn, string today, bool late) =>
        Assert.Equal(late, AgencyCheckTimeliness.IsLate(D(dueOn), answeredOn is null ? null : D(answeredOn), D(today)));

    [Theory]
    [InlineData("2026-12-04", "2026-12-01", "2026-12-15", "2026-12-04")] // the local target, inside the ICPC target
    [InlineData("2026-12-04", "2026-12-01", "2026-12-02", "2026-12-02")] // capped at an ICPC target still ahead
    [InlineData("2026-12-04", "2026-12-01", "2026-11-28", "2026-12-04")] // target passed: the local target
    public void The_default_due_date_is_the_local_target_capped_at_the_icpc_target(string local, string today, string target, string expected) =>
        Assert.Equal(D(expected), AgencyCheckTimeliness.DefaultDue(D(local), D(today), D(target)));

    [Fact]
    public void The_default_local_target_is_three_working_days() =>
        Assert.Equal(3, new AgencyCheckTargets().DefaultWorkingDays);
}
