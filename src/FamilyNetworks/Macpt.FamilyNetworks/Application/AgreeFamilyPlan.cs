using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Macpt.FamilyNetworks.Application;

/// <summary>
/// Agrees the plan made at a request's meeting: one per meeting (<see cref="OnePlanPerMeeting"/>, which needs the
/// query), announced with <see cref="FamilyPlanAgreed"/>. The caller saves; a racing second plan fails on the
/// unique meeting id (409).
/// </summary>
public sealed class AgreeFamilyPlan(FamilyNetworksDbContext db, IOutbox outbox)
{
    public async Task<FamilyPlan> RunAsync(FamilyNetworkMeetingRequest request, PlanTerms terms, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        // A plan is made at the request's one meeting, so the request's plan is the meeting's.
        Rule.Check(new OnePlanPerMeeting(await db.FamilyPlans.AnyAsync(p => p.RequestId == request.Id, ct)));
        var plan = FamilyPlan.Agree(Guid.CreateVersion7(now), request, terms, now, today);
        db.FamilyPlans.Add(plan);
        outbox.Add(Announce(plan));
        return plan;
    }

    /// <summary>The plan's announcement, at each version: counts and dates, never the safeguards' words or names.</summary>
    public static FamilyPlanAgreed Announce(FamilyPlan p) =>
        new(p.Id, p.MeetingId, p.ReferralId, p.LaChildId, p.AgreedOn, p.Safeguards.Count, p.LocalAuthorityAgrees, p.ReviewDue, p.Version);
}
