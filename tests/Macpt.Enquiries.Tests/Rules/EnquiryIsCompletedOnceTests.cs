using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>An enquiry is completed once (409 on outcome).</summary>
public sealed class EnquiryIsCompletedOnceTests
{
    [Fact]
    public void An_open_enquiry_holds() => RuleAssert.Holds(new EnquiryIsCompletedOnce(Fixtures.Enquiry()));

    [Fact]
    public void A_completed_enquiry_is_broken_as_a_conflict() => RuleAssert.Broken(new EnquiryIsCompletedOnce(Fixtures.Completed()), "outcome", RuleKind.Conflict);
}
