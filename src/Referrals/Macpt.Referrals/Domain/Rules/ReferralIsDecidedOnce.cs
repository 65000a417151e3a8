using Macpt.Rules;

namespace Macpt.Referrals.Domain.Rules;

/// <summary>
/// A referral gets one decision on the response it needs, within one working day (Working Together 2023, ch. 4);
/// a change of course is a new referral or a later stage, not an edit of the decision.
/// </summary>
public sealed class ReferralIsDecidedOnce(Referral referral) : BusinessRule("decision", RuleKind.Conflict)
{
    public override bool IsBroken() => referral.IsDecided;
    public override string Message => "This referral has already been decided; the earlier decision stands.";
}
