using Macpt.Reporting.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Reporting.Tests;

public sealed class RebuildRunsOneAtATimeTests
{
    [Fact]
    public void A_second_rebuild_while_one_runs_conflicts() => RuleAssert.Broken(new RebuildRunsOneAtATime(true), "projections", RuleKind.Conflict);

    [Fact]
    public void A_rebuild_alone_runs() => RuleAssert.Holds(new RebuildRunsOneAtATime(false));
}
