using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Rules;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests.Rules;

/// <summary>Census errors 8840 (an end on the start day) and 8925 (an end before the start).</summary>
public sealed class PlanEndsAfterStartTests
{
    [Theory]
    [InlineData("2026-11-30")]
    [InlineData("2026-11-01")]
    public void An_end_on_or_before_the_start_is_refused(string end) =>
        RuleAssert.Broken(new PlanEndsAfterStart(D(end), D("2026-11-30")), "endDate", RuleKind.Unprocessable);

    [Fact]
    public void An_end_the_day_after_is_accepted() => RuleAssert.Holds(new PlanEndsAfterStart(D("2026-12-01"), D("2026-11-30")));
}
