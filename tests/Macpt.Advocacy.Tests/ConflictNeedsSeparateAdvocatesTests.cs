using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>A conflict is recorded only once no advocate acts for both parents.</summary>
public sealed class ConflictNeedsSeparateAdvocatesTests
{
    [Fact]
    public void Separate_advocates_hold() => RuleAssert.Holds(new ConflictNeedsSeparateAdvocates(oneAdvocateActsForBoth: false));

    [Fact]
    public void One_advocate_for_both_parents_is_refused() =>
        RuleAssert.Broken(new ConflictNeedsSeparateAdvocates(oneAdvocateActsForBoth: true), "secondParentId", RuleKind.Unprocessable);
}
