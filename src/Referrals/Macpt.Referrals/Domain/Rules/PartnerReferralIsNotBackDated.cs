using Macpt.Rules;

namespace Macpt.Referrals.Domain.Rules;

/// <summary>
/// A partner agency's referral is received when it reaches us: its one-working-day decision clock
/// (Working Together 2023, ch. 4) starts then, so a partner cannot move it earlier. Only the local authority's
/// front door records a referral it took earlier (a phone call logged later).
/// </summary>
public sealed class PartnerReferralIsNotBackDated(Submitter? submitter, DateTimeOffset receivedAt, DateTimeOffset recordedAt) : BusinessRule("receivedAt")
{
    /// <summary>Clocks at a partner's portal and here differ a little; more than this is a back-dated receipt.</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    public override bool IsBroken() => submitter is { IsPartner: true } && receivedAt < recordedAt - ClockTolerance;
    public override string Message => "A partner agency's referral is received when it is sent: give the time it was sent, not earlier.";
}
