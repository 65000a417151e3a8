using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// A Section 47 enquiry may ask one agency several checks: each health service (GP, health visitor, school nurse, CAMHS,
/// midwifery) holds its own record and answers its own check, and a follow-up question is a new check once the first is
/// answered (Working Together 2023, ch. 4: agencies share what they know). While a check to the same agency and service
/// is still open a second is refused (a local rule: one question outstanding, nothing answered twice or lost between
/// two requests); a unique index holds it when requests race.
/// </summary>
/// <param name="openCheckId">The enquiry's unanswered check to that agency and service, if any.</param>
public sealed class OneOpenCheckPerAgencyService(Guid? openCheckId) : BusinessRule("agency", RuleKind.Conflict)
{
    public override bool IsBroken() => openCheckId is not null;
    public override string Message => $"That agency and service already has an open check on this enquiry (check {openCheckId}); it is answered before it is asked again.";
}
