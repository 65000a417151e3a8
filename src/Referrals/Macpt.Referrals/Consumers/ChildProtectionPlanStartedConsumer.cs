using Macpt.Contracts.Conferences;
using Macpt.Referrals.Domain;
using Macpt.Referrals.Infrastructure;

namespace Macpt.Referrals.Consumers;

public sealed class ChildProtectionPlanStartedConsumer(ReferralsDbContext db, TimeProvider time) : OnwardStepConsumer<ChildProtectionPlanStarted>(db, time)
{
    protected override (Guid?, string, Guid, DateOnly, string?, DateOnly?) StepOf(ChildProtectionPlanStarted m) =>
        (m.ReferralId, OnwardStages.PlanStarted, m.PlanId, m.StartDate, m.CategoryOfAbuse, null);
}
