using Macpt.Contracts.Cin;
using Macpt.Contracts.Referrals;
using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Inbox;
using MassTransit;

namespace Macpt.FamilyNetworks.Consumers;

/// <summary>A referral decided for Family Help asks the family network early what it can do (Families First).</summary>
public sealed class ReferralDecidedConsumer(FamilyNetworksDbContext db, TimeProvider time, RequestIntake intake, ILogger<ReferralDecidedConsumer> log)
    : InboxConsumer<ReferralDecided, FamilyNetworksDbContext>(db, time)
{
    protected override async Task HandleAsync(ReferralDecided message, ConsumeContext<ReferralDecided> context)
    {
        if (RequestTriggers.StageFor(message) is not { } stage) return;
        if (!LaChildId.IsValid(message.LaChildId))
        {
            log.LogWarning("Referral {ReferralId} decided without a valid LA child id: no family network request", message.ReferralId);
            return;
        }
        await intake.OpenAsync(new RequestIntake.Trigger(message.LaChildId, stage, message.ReferralId, RequestSources.ReferralDecided,
            message.ReferralId, null, message.DecidedAt, null), context.CancellationToken);
    }
}
