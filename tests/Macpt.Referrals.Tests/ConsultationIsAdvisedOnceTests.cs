using Macpt.Referrals.Domain;
using Macpt.Referrals.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Referrals.Tests;

/// <summary>A consultation's advice is recorded once; new advice is a new consultation.</summary>
public sealed class ConsultationIsAdvisedOnceTests
{
    private static readonly DateTimeOffset RequestedAt = Instant("2026-11-25T09:00:00Z");

    private static CaseConsultation NewConsultation() => CaseConsultation.Request(
        Guid.NewGuid(), RequestedAt, "education", "dsl.r-patel_07", null, null, null, null, null, "Should we refer?");

    private static ConsultationAdvice Advice() => new("Refer to the MACPT today.", "lcpp1", RequestedAt.AddHours(2));

    [Fact]
    public void An_open_consultation_holds() => RuleAssert.Holds(new ConsultationIsAdvisedOnce(NewConsultation()));

    [Fact]
    public void A_consultation_that_became_a_referral_without_advice_may_still_be_advised()
    {
        var consultation = NewConsultation();
        consultation.BecameReferral(Guid.NewGuid(), RequestedAt.AddHours(1));

        RuleAssert.Holds(new ConsultationIsAdvisedOnce(consultation));
    }

    [Fact]
    public void An_advised_consultation_breaks_the_rule_as_a_conflict_on_the_advice()
    {
        var consultation = NewConsultation();
        consultation.RecordAdvice(Advice());

        RuleAssert.Broken(new ConsultationIsAdvisedOnce(consultation), "advice", RuleKind.Conflict);
    }
}
