using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// Agency checks inform the Section 47 enquiry and the initial conference (Working Together 2023, ch. 4:
/// agencies share what they know); they are asked while the enquiry is open.
/// </summary>
public sealed class ChecksAreAskedWhileTheEnquiryIsOpen(Section47Enquiry enquiry) : BusinessRule("agency", RuleKind.Conflict)
{
    public override bool IsBroken() => enquiry.Outcome is not null;
    public override string Message => "The enquiry is completed; checks are requested while the enquiry is open.";
}
