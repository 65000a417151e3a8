using Macpt.Contracts.Referrals;
using Macpt.Referrals.Domain;

namespace Macpt.Referrals.Application;

/// <summary>
/// The events a case consultation publishes, built from its record: ids, dates and the consulting agency's code. The
/// question, the advice and any child's name stay here; an anonymous consultation carries no child id.
/// </summary>
public static class ConsultationEvents
{
    public static ConsultationRequested Requested(CaseConsultation c) =>
        new(c.Id, c.LaChildId, c.RequesterAgency, c.RequestedAt, c.AnswerDueBy!.Value);

    /// <summary>The LCPP's advice answers the consultation (with the referral it already became, if any).</summary>
    public static ConsultationAnswered Advised(CaseConsultation c) =>
        new(c.Id, c.LaChildId, c.RequesterAgency, c.Advice!.GivenAt, c.ReferralId);

    /// <summary>Becoming a referral answers it too: the referral is the MACPT's response, whether or not advice came first.</summary>
    public static ConsultationAnswered BecameReferral(CaseConsultation c) =>
        new(c.Id, c.LaChildId, c.RequesterAgency, c.BecameReferralAt!.Value, c.ReferralId);
}
