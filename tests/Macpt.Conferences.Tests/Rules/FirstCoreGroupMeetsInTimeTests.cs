using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Rules;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests.Rules;

/// <summary>The core group first meets after the initial conference and within 10 working days of it (day 0).</summary>
public sealed class FirstCoreGroupMeetsInTimeTests
{
    [Theory]
    [InlineData("2026-12-01")]
    [InlineData("2026-12-14")] // the deadline itself
    public void A_first_core_group_after_the_conference_and_by_the_deadline_is_accepted(string date) =>
        RuleAssert.Holds(new FirstCoreGroupMeetsInTime(D(date), D("2026-11-30"), Calendar));

    [Theory]
    [InlineData("2026-11-30")] // the conference day
    [InlineData("2026-11-27")] // before it
    [InlineData("2026-12-15")] // 11 working days
    public void A_first_core_group_on_the_conference_day_or_too_late_is_refused(string date) =>
        RuleAssert.Broken(new FirstCoreGroupMeetsInTime(D(date), D("2026-11-30"), Calendar), "plan.firstCoreGroupOn", RuleKind.Unprocessable);
}
