using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>The child is seen on or after the day the enquiry started (422 on seenOn).</summary>
public sealed class ChildIsNotSeenBeforeTheEnquiryStartedTests
{
    [Fact]
    public void Seen_on_the_start_day_or_later_it_holds()
    {
        RuleAssert.Holds(new ChildIsNotSeenBeforeTheEnquiryStarted(Fixtures.Enquiry(), D("2026-11-27")));
        RuleAssert.Holds(new ChildIsNotSeenBeforeTheEnquiryStarted(Fixtures.Enquiry(), D("2026-11-30")));
    }

    [Fact]
    public void Seen_the_day_before_it_is_broken() =>
        RuleAssert.Broken(new ChildIsNotSeenBeforeTheEnquiryStarted(Fixtures.Enquiry(), D("2026-11-26")), "seenOn", RuleKind.Unprocessable);
}
