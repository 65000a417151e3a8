using Macpt.Contracts.Conferences;
using Macpt.Referrals.Domain;
using Macpt.Referrals.Infrastructure;

namespace Macpt.Referrals.Consumers;

public sealed class ConferenceHeldConsumer(ReferralsDbContext db, TimeProvider time) : OnwardStepConsumer<ConferenceHeld>(db, time)
{
    protected override (Guid?, string, Guid, DateOnly, string?, DateOnly?) StepOf(ConferenceHeld m) =>
        (m.ReferralId, OnwardStages.ConferenceHeld, m.ConferenceId, m.HeldOn, $"{m.Kind}:{(m.PlanRequired ? "plan" : "no-plan")}", null);
}
