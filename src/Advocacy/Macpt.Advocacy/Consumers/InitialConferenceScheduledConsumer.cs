using Macpt.Advocacy.Application;
using Macpt.Advocacy.Infrastructure;
using Macpt.Contracts.Advocacy;
using Macpt.Contracts.Conferences;
using Macpt.Messaging.Inbox;
using MassTransit;

namespace Macpt.Advocacy.Consumers;

/// <summary>
/// A scheduled initial conference keeps its date (for "parents without an advocate before the conference") and
/// offers an advocate to every parent not yet offered one for the episode. A re-scheduled conference moves the date.
/// </summary>
public sealed class InitialConferenceScheduledConsumer(AdvocacyDbContext db, TimeProvider time, EpisodeFinder episodes, AdvocacyOffers offers)
    : InboxConsumer<InitialConferenceScheduled, AdvocacyDbContext>(db, time)
{
    protected override async Task HandleAsync(InitialConferenceScheduled message, ConsumeContext<InitialConferenceScheduled> context)
    {
        var ct = context.CancellationToken;
        await ChildLock.AcquireAsync(Db, message.LaChildId, ct);
        var episode = await episodes.FindOrOpenAsync(message.ReferralId, message.LaChildId, message.EnquiryId, AdvocacyStages.Conference, "conference", message.ConferenceId, ct);
        if (message.EnquiryId is { } enquiryId) episode.EnquiryStarted(enquiryId);
        episode.ConferenceScheduled(message.ConferenceId, message.ScheduledFor);
        await offers.OfferToParentsAsync(episode, ct);
    }
}
