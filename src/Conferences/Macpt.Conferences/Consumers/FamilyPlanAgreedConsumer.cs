using Macpt.Conferences.Domain;
using Macpt.Conferences.Infrastructure;
using Macpt.Contracts.FamilyNetworks;
using Macpt.Messaging.Inbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Consumers;

/// <summary>Keeps this service's view of the child's family plans, so a conference sees the latest one agreed.</summary>
public sealed class FamilyPlanAgreedConsumer(ConferencesDbContext db, TimeProvider time)
    : InboxConsumer<FamilyPlanAgreed, ConferencesDbContext>(db, time)
{
    protected override async Task HandleAsync(FamilyPlanAgreed message, ConsumeContext<FamilyPlanAgreed> context)
    {
        var incoming = AgreedFamilyPlan.From(message.FamilyPlanId, message.MeetingId, message.ReferralId, message.LaChildId, message.AgreedOn,
            message.Safeguards, message.LocalAuthorityAgrees, message.ReviewDue, message.Version);
        var held = await Db.FamilyPlans.SingleOrDefaultAsync(p => p.FamilyPlanId == message.FamilyPlanId, context.CancellationToken);
        if (held is null) Db.FamilyPlans.Add(incoming);
        else held.Revise(incoming);
    }
}
