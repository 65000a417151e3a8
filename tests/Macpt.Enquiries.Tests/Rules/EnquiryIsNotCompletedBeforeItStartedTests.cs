using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>An enquiry is not dated as completed before it started (422 on completedOn).</summary>
public sealed class EnquiryIsNotCompletedBeforeItStartedTests
{
    [Fact]
    public void Completed_on_the_start_day_or_later_it_holds()
    {
        RuleAssert.Holds(new EnquiryIsNotCompletedBeforeItStarted(Fixtures.Enquiry(), D("2026-11-27")));
        RuleAssert.Holds(new EnquiryIsNotCompletedBeforeItStarted(Fixtures.Enquiry(), D("2026-12-10")));
    }

    [Fact]
    public void Completed_the_day_before_it_is_broken() =>
        RuleAssert.Broken(new EnquiryIsNotCompletedBeforeItStarted(Fixtures.Enquiry(), D("2026-11-26")), "completedOn", RuleKind.Unprocessable);
}
