using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Rules;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests.Rules;

/// <summary>A child has one plan at a time (census errors 8935 and 8940).</summary>
public sealed class OnePlanAtATimeTests
{
    [Fact]
    public void A_child_on_a_plan_gets_no_second_one() => RuleAssert.Broken(new OnePlanAtATime(childHasPlanRunning: true), "planRequired", RuleKind.Conflict);

    [Fact]
    public void A_child_with_no_plan_running_may_start_one() => RuleAssert.Holds(new OnePlanAtATime(childHasPlanRunning: false));
}
