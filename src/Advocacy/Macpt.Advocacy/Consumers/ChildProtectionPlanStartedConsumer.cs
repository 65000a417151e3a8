using Macpt.Advocacy.Application;
using Macpt.Advocacy.Infrastructure;
using Macpt.Contracts.Advocacy;
using Macpt.Contracts.Conferences;
using Macpt.Messaging.Inbox;
using MassTransit;

namespace Macpt.Advocacy.Consumers;

/// <summary>A child protection plan moves the episode to the plan stage and offers an advocate to any parent not yet offered one.</summary>
public sealed class ChildProtectionPlanStartedConsumer(AdvocacyDbContext db, TimeProvider time, EpisodeFinder episodes, AdvocacyOffers offers)
    : InboxConsumer<ChildProtectionPlanStarted, AdvocacyDbContext>(db, time)
{
    protected override async Task HandleAsync(ChildProtectionPlanStarted message, ConsumeContext<ChildProtectionPlanStarted> context)
    {
        var ct = context.CancellationToken;
        await ChildLock.AcquireAsync(Db, message.LaChildId, ct);
        var episode = await episodes.FindOrOpenAsync(message.ReferralId, message.LaChildId, null, AdvocacyStages.Plan, "plan", message.PlanId, ct);
        episode.PlanStarted(message.PlanId);
        await offers.OfferToParentsAsync(episode, ct);
    }
}
