using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// The date a Section 47 enquiry was completed is not before it started (the census <c>S47ActualStartDate</c>,
/// the strategy discussion's date).
/// </summary>
public sealed class EnquiryIsNotCompletedBeforeItStarted(Section47Enquiry enquiry, DateOnly completedOn) : BusinessRule("completedOn", RuleKind.Unprocessable)
{
    public override bool IsBroken() => completedOn < enquiry.StartDate;
    public override string Message => "The enquiry is dated as completed before it started.";
}
