using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// A Section 47 enquiry has one outcome (CIN census: one <c>S47ActualStartDate</c>, one outcome and
/// <c>DateOfInitialCPC</c> decision per enquiry); a new concern is a new strategy discussion.
/// </summary>
public sealed class EnquiryIsCompletedOnce(Section47Enquiry enquiry) : BusinessRule("outcome", RuleKind.Conflict)
{
    public override bool IsBroken() => enquiry.Outcome is not null;
    public override string Message => "The enquiry is already completed; an enquiry is completed once.";
}
