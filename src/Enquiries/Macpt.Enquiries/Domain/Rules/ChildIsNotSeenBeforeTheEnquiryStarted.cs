using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// Seeing the child is part of the Section 47 enquiry (Working Together 2023, ch. 4), so the date seen is not
/// before the enquiry started (the census <c>S47ActualStartDate</c>).
/// </summary>
public sealed class ChildIsNotSeenBeforeTheEnquiryStarted(Section47Enquiry enquiry, DateOnly seenOn) : BusinessRule("seenOn", RuleKind.Unprocessable)
{
    public override bool IsBroken() => seenOn < enquiry.StartDate;
    public override string Message => "The child was seen before the enquiry started.";
}
