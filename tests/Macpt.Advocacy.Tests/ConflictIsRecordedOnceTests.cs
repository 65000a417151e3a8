using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>Two parents are recorded as in conflict once.</summary>
public sealed class ConflictIsRecordedOnceTests
{
    [Fact]
    public void A_new_pair_holds() => RuleAssert.Holds(new ConflictIsRecordedOnce(alreadyRecorded: false));

    [Fact]
    public void A_pair_recorded_already_conflicts() => RuleAssert.Broken(new ConflictIsRecordedOnce(alreadyRecorded: true), "secondParentId", RuleKind.Conflict);
}
