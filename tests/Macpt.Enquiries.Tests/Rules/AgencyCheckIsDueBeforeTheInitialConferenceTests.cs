using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>A check is not due after an ICPC target still ahead; once it has passed any date is allowed (422 on dueOn).</summary>
public sealed class AgencyCheckIsDueBeforeTheInitialConferenceTests
{
    [Theory]
    [InlineData("2026-12-01", "2026-12-01", "2026-12-15")] // due today
    [InlineData("2026-12-15", "2026-12-01", "2026-12-15")] // due on the ICPC target itself
    [InlineData("2026-12-20", "2026-12-10", "2026-12-05")] // target passed already: any date
    public void Up_to_the_target_or_after_a_target_passed_holds(string dueOn, string today, string target) =>
        RuleAssert.Holds(new AgencyCheckIsDueBeforeTheInitialConference(D(dueOn), D(today), D(target)));

    [Theory]
    [InlineData("2026-12-16", "2026-12-01", "2026-12-15")] // the day after the target
    [InlineData("2026-12-16", "2026-12-15", "2026-12-15")] // the target is today
    public void After_a_target_still_ahead_is_broken(string dueOn, string today, string target) =>
        RuleAssert.Broken(new AgencyCheckIsDueBeforeTheInitialConference(D(dueOn), D(today), D(target)), "dueOn", RuleKind.Unprocessable);
}
