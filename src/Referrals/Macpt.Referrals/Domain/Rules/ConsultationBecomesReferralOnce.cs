using Macpt.Rules;

namespace Macpt.Referrals.Domain.Rules;

/// <summary>
/// A case consultation becomes at most one referral and keeps the link to it (DfE, Multi-agency child protection
/// teams policy paper: a consultation may lead to a referral); a second referral for the child is made directly.
/// </summary>
public sealed class ConsultationBecomesReferralOnce(CaseConsultation consultation) : BusinessRule("referralId", RuleKind.Conflict)
{
    public override bool IsBroken() => consultation.ReferralId is not null;
    public override string Message => "The consultation has already become a referral; its referral is linked on the consultation.";
}
