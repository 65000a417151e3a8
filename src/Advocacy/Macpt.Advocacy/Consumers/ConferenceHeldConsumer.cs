using Macpt.Advocacy.Application;
using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;
using Macpt.Contracts.Conferences;
using Macpt.Messaging.Inbox;
using MassTransit;

namespace Macpt.Advocacy.Consumers;

/// <summary>
/// An initial conference that decides no plan is needed ends the episode (<see cref="EpisodeClosing"/>). A plan started
/// moves it on (<see cref="ChildProtectionPlanStartedConsumer"/>); a review that ends the plan is followed by
/// <c>ChildProtectionPlanEnded</c>.
/// </summary>
public sealed class ConferenceHeldConsumer(AdvocacyDbContext db, TimeProvider time, EpisodeClosing closing)
    : InboxConsumer<ConferenceHeld, AdvocacyDbContext>(db, time)
{
    protected override Task HandleAsync(ConferenceHeld message, ConsumeContext<ConferenceHeld> context) =>
        message.Kind != ConferenceKinds.Initial || message.PlanRequired ? Task.CompletedTask
            : closing.CloseAsync(new EpisodeExit(message.LaChildId, message.ReferralId, null, message.ConferenceId, null, message.HeldOn,
                EpisodeEndReasons.ConferenceNoPlan), context.CancellationToken);
}
