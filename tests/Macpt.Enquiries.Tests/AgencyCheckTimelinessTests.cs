using Macpt.Enquiries.Domain.Rules;

namespace Macpt.Enquiries.Tests;

/// <summary>
/// A check is due from today up to the ICPC target (answers must be in before the conference), unless the
/// target has already passed; it is late once its due date passes unanswered, or when answered after it.
/// </summary>
public sealed class AgencyCheckTimelinessTests
{
    [Theory]
    [InlineData("2026-12-01", "2026-12-01", "2026-12-15")] // due today
    [InlineData("2026-12-15", "2026-12-01", "2026-12-15")] // due on the ICPC target itself
    [InlineData("2026-12-20", "2026-12-10", "2026-12-05")] // target passed already: any date from today
    public void A_due_date_from_today_to_the_target_is_accepted(string dueOn, string today, string target) =>
        Assert.Null(AgencyCheckTimeliness.DueDateProblem(D(dueOn), D(today), D(target)));

    [Theory]
    [InlineData("2026-11-30", "2026-12-01", "2026-12-15")] // yesterday
    [InlineData("2026-12-16", "2026-12-01", "2026-12-15")] // after the target
    [InlineData("2026-12-09", "2026-12-10", "2026-12-05")] // target passed and the date is in the past
    public void A_due_date_in_the_past_or_after_a_target_still_ahead_is_refused(string dueOn, string today, string target) =>
        Assert.NotNull(AgencyCheckTimeliness.DueDateProblem(D(dueOn), D(today), D(target)));

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
