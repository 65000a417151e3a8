using Macpt.Contracts.Referrals;
using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Inbox;
using MassTransit;

namespace Macpt.FamilyNetworks.Consumers;

/// <summary>A referral decided for Family Help asks the family network early what it can do (Families First).</summary>
public sealed class ReferralDecidedConsumer(FamilyNetworksDbContext db, TimeProvider time, RequestIntake intake)
    : InboxConsumer<ReferralDecided, FamilyNetworksDbContext>(db, time)
{
    protected override Task HandleAsync(ReferralDecided message, ConsumeContext<ReferralDecided> context) =>
        intake.FromEventAsync(RequestTriggers.From(message), context.CancellationToken);
}
