using Macpt.Contracts.Conferences;
using Macpt.Referrals.Domain;
using Macpt.Referrals.Infrastructure;

namespace Macpt.Referrals.Consumers;

public sealed class ChildProtectionPlanEndedConsumer(ReferralsDbContext db, TimeProvider time) : OnwardStepConsumer<ChildProtectionPlanEnded>(db, time)
{
    protected override (Guid?, string, Guid, DateOnly, string?, DateOnly?) StepOf(ChildProtectionPlanEnded m) =>
        (m.ReferralId, OnwardStages.PlanEnded, m.PlanId, m.EndDate, m.EndReasonCode, null);
}
