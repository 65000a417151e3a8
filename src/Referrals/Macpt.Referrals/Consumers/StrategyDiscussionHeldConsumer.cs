using Macpt.Contracts.Enquiries;
using Macpt.Referrals.Domain;
using Macpt.Referrals.Infrastructure;

namespace Macpt.Referrals.Consumers;

public sealed class StrategyDiscussionHeldConsumer(ReferralsDbContext db, TimeProvider time) : OnwardStepConsumer<StrategyDiscussionHeld>(db, time)
{
    protected override (Guid?, string, Guid, DateOnly, string?, DateOnly?) StepOf(StrategyDiscussionHeld m) =>
        (m.ReferralId, OnwardStages.StrategyDiscussionHeld, m.StrategyDiscussionId, m.HeldOn, m.Section47ThresholdMet ? "threshold-met" : "threshold-not-met", null);
}
