using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>Two parents are recorded as in conflict once; a conflict waits until no advocate acts for both.</summary>
public sealed class ConflictIsRecordedOnceTests
{
    [Fact]
    public void A_new_pair_holds() => RuleAssert.Holds(new ConflictIsRecordedOnce(alreadyRecorded: false));

    [Fact]
    public void A_pair_recorded_already_conflicts() => RuleAssert.Broken(new ConflictIsRecordedOnce(alreadyRecorded: true), "secondParentId", RuleKind.Conflict);

    [Fact]
    public void Separate_advocates_hold() => RuleAssert.Holds(new ConflictNeedsSeparateAdvocates(oneAdvocateActsForBoth: false));

    [Fact]
    public void One_advocate_for_both_parents_is_refused() =>
        RuleAssert.Broken(new ConflictNeedsSeparateAdvocates(oneAdvocateActsForBoth: true), "secondParentId", RuleKind.Unprocessable);
}
