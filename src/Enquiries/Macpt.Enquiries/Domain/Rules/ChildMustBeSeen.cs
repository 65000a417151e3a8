using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// A Section 47 enquiry is not completed without the child having been seen, unless the reason they
/// were not seen is recorded (Working Together 2023, ch. 4: children are seen and spoken to).
/// </summary>
public sealed class ChildMustBeSeen(Section47Enquiry enquiry, string? notSeenReason) : BusinessRule("notSeenReason", RuleKind.Unprocessable)
{
    public override bool IsBroken() => enquiry.ChildSeen is null && string.IsNullOrWhiteSpace(notSeenReason);
    public override string Message => "The child has not been seen: record when they were seen, or why they were not.";
}
