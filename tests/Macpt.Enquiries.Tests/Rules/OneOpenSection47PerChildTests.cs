using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>CIN census rules 8839/8890 (codes.md §4): no second open Section 47 for a child (409 naming the open one).</summary>
public sealed class OneOpenSection47PerChildTests
{
    [Fact]
    public void A_child_with_no_open_enquiry_holds() => RuleAssert.Holds(new OneOpenSection47PerChild(null));

    [Fact]
    public void A_child_with_an_open_enquiry_is_broken_as_a_conflict_naming_it()
    {
        var open = Guid.NewGuid();
        var rule = new OneOpenSection47PerChild(open);
        RuleAssert.Broken(rule, "thresholdMet", RuleKind.Conflict);
        Assert.Contains(open.ToString(), rule.Message);
    }
}
