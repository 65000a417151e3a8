using Macpt.Advocacy.Application;
using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;
using Macpt.Contracts.Conferences;
using Macpt.Messaging.Inbox;
using MassTransit;

namespace Macpt.Advocacy.Consumers;

/// <summary>The end of the plan ends the episode (<see cref="EpisodeClosing"/>): advocates stop, their places are freed.</summary>
public sealed class ChildProtectionPlanEndedConsumer(AdvocacyDbContext db, TimeProvider time, EpisodeClosing closing)
    : InboxConsumer<ChildProtectionPlanEnded, AdvocacyDbContext>(db, time)
{
    protected override Task HandleAsync(ChildProtectionPlanEnded message, ConsumeContext<ChildProtectionPlanEnded> context) =>
        closing.CloseAsync(new EpisodeExit(message.LaChildId, message.ReferralId, null, null, message.PlanId, message.EndDate, EpisodeEndReasons.PlanEnded),
            context.CancellationToken);
}
