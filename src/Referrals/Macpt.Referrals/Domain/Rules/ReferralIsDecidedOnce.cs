namespace Macpt.Referrals.Domain.Rules;

/// <summary>A referral gets one decision; a change of course is a new referral or a later stage, not an edit.</summary>
public static class ReferralIsDecidedOnce
{
    public const string Message = "This referral has already been decided.";

    public static bool IsBroken(Referral referral) => referral.IsDecided;
}
