using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>A check is due today or later (422 on dueOn).</summary>
public sealed class AgencyCheckIsNotDueInThePastTests
{
    [Theory]
    [InlineData("2026-12-01", "2026-12-01")] // due today
    [InlineData("2026-12-20", "2026-12-10")]
    public void Today_or_later_holds(string dueOn, string today) => RuleAssert.Holds(new AgencyCheckIsNotDueInThePast(D(dueOn), D(today)));

    [Theory]
    [InlineData("2026-11-30", "2026-12-01")] // yesterday
    [InlineData("2026-12-09", "2026-12-10")]
    public void Before_today_is_broken(string dueOn, string today) =>
        RuleAssert.Broken(new AgencyCheckIsNotDueInThePast(D(dueOn), D(today)), "dueOn", RuleKind.Unprocessable);
}
