using Macpt.Referrals.Domain;
using Macpt.Referrals.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Referrals.Tests;

/// <summary>A consultation becomes at most one referral and keeps the link to it.</summary>
public sealed class ConsultationBecomesReferralOnceTests
{
    private static readonly DateTimeOffset RequestedAt = Instant("2026-11-25T09:00:00Z");

    private static CaseConsultation NewConsultation() => CaseConsultation.Request(
        Guid.NewGuid(), RequestedAt, "health", "hv.m-osei", null, null, null, null, null, "Is this neglect?");

    [Fact]
    public void An_open_consultation_holds() => RuleAssert.Holds(new ConsultationBecomesReferralOnce(NewConsultation()));

    [Fact]
    public void An_advised_consultation_holds()
    {
        var consultation = NewConsultation();
        consultation.RecordAdvice(new ConsultationAdvice("Refer today.", "lcpp1", RequestedAt.AddHours(1)));

        RuleAssert.Holds(new ConsultationBecomesReferralOnce(consultation));
    }

    [Fact]
    public void A_consultation_that_became_a_referral_breaks_the_rule_as_a_conflict_on_the_referral_id()
    {
        var consultation = NewConsultation();
        consultation.BecameReferral(Guid.NewGuid(), RequestedAt.AddHours(1));

        RuleAssert.Broken(new ConsultationBecomesReferralOnce(consultation), "referralId", RuleKind.Conflict);
    }
}
