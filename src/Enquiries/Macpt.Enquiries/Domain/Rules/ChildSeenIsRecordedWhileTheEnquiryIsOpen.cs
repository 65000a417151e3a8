using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// The child is seen during the Section 47 enquiry (Working Together 2023, ch. 4); once the enquiry is
/// completed nothing more is recorded on it.
/// </summary>
public sealed class ChildSeenIsRecordedWhileTheEnquiryIsOpen(Section47Enquiry enquiry) : BusinessRule("seenOn", RuleKind.Conflict)
{
    public override bool IsBroken() => enquiry.Outcome is not null;
    public override string Message => "The enquiry is completed; nothing more is recorded on a completed enquiry.";
}
