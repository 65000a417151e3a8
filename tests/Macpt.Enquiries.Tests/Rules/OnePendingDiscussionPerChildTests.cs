using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>One strategy discussion pending per child (409 on laChildId).</summary>
public sealed class OnePendingDiscussionPerChildTests
{
    [Fact]
    public void With_none_pending_it_holds() => RuleAssert.Holds(new OnePendingDiscussionPerChild(null));

    [Fact]
    public void With_one_pending_it_is_broken_as_a_conflict_naming_it()
    {
        var pending = Guid.NewGuid();
        var rule = new OnePendingDiscussionPerChild(pending);
        RuleAssert.Broken(rule, "laChildId", RuleKind.Conflict);
        Assert.Contains(pending.ToString(), rule.Message);
    }
}
