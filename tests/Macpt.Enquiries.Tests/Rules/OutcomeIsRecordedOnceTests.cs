using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>The threshold decision is recorded once (409 on thresholdMet).</summary>
public sealed class OutcomeIsRecordedOnceTests
{
    [Fact]
    public void Before_an_outcome_it_holds() => RuleAssert.Holds(new OutcomeIsRecordedOnce(Fixtures.Discussion()));

    [Fact]
    public void Once_held_it_is_broken_as_a_conflict() => RuleAssert.Broken(new OutcomeIsRecordedOnce(Fixtures.Held()), "thresholdMet", RuleKind.Conflict);
}
