using Macpt.Contracts.Escalations;
using Macpt.Contracts.Referrals;
using Macpt.Referrals.Application;

namespace Macpt.Referrals.Tests;

/// <summary>The referrals measures read off committed events: received, and decided within or outside 1 working day.</summary>
public sealed class ReferralsMeasuresTests() : MeasuresTest<ReferralsMeasures>(recorded => new ReferralsMeasures(recorded, Calendar))
{
    [Fact]
    public void A_received_referral_is_counted_by_source_and_re_referral()
    {
        Measures.Record(new ReferralReceived(Guid.NewGuid(), "C1", Instant("2026-11-25T09:30:00Z"), D("2026-11-26"), "2A", false, IsReReferral: true));
        Measures.Record(new ReferralReceived(Guid.NewGuid(), "C2", Instant("2026-11-25T09:30:00Z"), D("2026-11-26"), "1B", false));

        Assert.Equal(2, Recorded.Total("macpt.referrals.received"));
        Assert.Equal(1, Recorded.Total("macpt.referrals.received", ("source", "2A"), ("re_referral", true)));
        Assert.Equal(1, Recorded.Total("macpt.referrals.received", ("source", "1B"), ("re_referral", false)));
    }

    [Theory]
    [InlineData("2026-11-25T09:30:00Z", "2026-11-26T16:59:00Z", "on-time")] // Wednesday → by Thursday
    [InlineData("2026-11-25T09:30:00Z", "2026-11-27T08:00:00Z", "late")] // Friday is the second working day
    [InlineData("2026-11-27T16:00:00Z", "2026-11-30T12:00:00Z", "on-time")] // Friday → Monday
    [InlineData("2026-12-24T10:00:00Z", "2026-12-29T10:00:00Z", "on-time")] // Christmas and the Boxing Day substitute skipped
    [InlineData("2026-06-30T23:30:00Z", "2026-07-02T22:30:00Z", "on-time")] // 00:30 BST on 1 July is day 0; 23:30 BST on 2 July
    [InlineData("2026-06-30T22:30:00Z", "2026-07-01T23:30:00Z", "late")] // 23:30 BST on 30 June is day 0; 00:30 BST on 2 July
    public void A_decision_is_on_time_within_one_working_day_of_receipt_in_london(string receivedAt, string decidedAt, string timeliness)
    {
        Measures.Record(new ReferralDecided(Guid.NewGuid(), "C1", ReferralDecisionTypes.StrategyDiscussion, Instant(decidedAt), "lcpp-1", Instant(receivedAt)));

        Assert.Equal(1, Recorded.Total("macpt.referrals.decided", ("decision", "strategy-discussion"), ("timeliness", timeliness)));
    }

    [Fact]
    public void Disagreements_and_consultations_are_counted_by_code()
    {
        Measures.Record(new ProfessionalDisagreementRaised(Guid.NewGuid(), "C1", DisagreementSubjects.ReferralDecision, null, "local-authority", "police", Instant("2026-11-25T09:30:00Z"), "practitioners", D("2026-11-27")));
        Measures.Record(new ProfessionalDisagreementResolved(Guid.NewGuid(), "C1", "managers", D("2026-11-27"), DisagreementOutcomes.Agreed));
        Measures.Record(new ConsultationRequested(Guid.NewGuid(), null, "health", Instant("2026-11-25T09:30:00Z"), D("2026-11-26")));

        Assert.Equal(1, Recorded.Total("macpt.disagreements.raised", ("subject", "referral-decision")));
        Assert.Equal(1, Recorded.Total("macpt.disagreements.resolved", ("stage", "managers"), ("outcome", "agreed")));
        Assert.Equal(1, Recorded.Total("macpt.consultations.requested", ("agency", "health")));
    }

    [Fact]
    public void No_tag_carries_an_id_or_a_child()
    {
        Measures.Record(new ReferralReceived(Guid.NewGuid(), "CHILD42", Instant("2026-11-25T09:30:00Z"), D("2026-11-26"), "2A", false));
        Measures.Record(new ReferralDecided(Guid.NewGuid(), "CHILD42", ReferralDecisionTypes.NoFurtherAction, Instant("2026-11-25T10:00:00Z"), "lcpp-1", Instant("2026-11-25T09:30:00Z")));

        Assert.Equal(["decision", "re_referral", "source", "timeliness"], Recorded.TagKeys.Order());
    }
}
