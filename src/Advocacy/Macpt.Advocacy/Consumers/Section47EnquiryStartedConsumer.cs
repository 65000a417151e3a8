using Macpt.Advocacy.Application;
using Macpt.Advocacy.Infrastructure;
using Macpt.Contracts.Advocacy;
using Macpt.Contracts.Enquiries;
using Macpt.Messaging.Inbox;
using MassTransit;

namespace Macpt.Advocacy.Consumers;

/// <summary>
/// A Section 47 enquiry opens the child's episode and offers every registered parent an advocate. The inbox
/// skips a redelivery; the unique episode key and parent + episode key stop a replay under a new id.
/// </summary>
public sealed class Section47EnquiryStartedConsumer(AdvocacyDbContext db, TimeProvider time, EpisodeFinder episodes, AdvocacyOffers offers)
    : InboxConsumer<Section47EnquiryStarted, AdvocacyDbContext>(db, time)
{
    protected override async Task HandleAsync(Section47EnquiryStarted message, ConsumeContext<Section47EnquiryStarted> context)
    {
        var ct = context.CancellationToken;
        await ChildLock.AcquireAsync(Db, message.LaChildId, ct);
        var episode = await episodes.FindOrOpenAsync(message.ReferralId, message.LaChildId, message.EnquiryId, AdvocacyStages.Section47, "enquiry", message.EnquiryId, ct);
        episode.EnquiryStarted(message.EnquiryId);
        await offers.OfferToParentsAsync(episode, ct);
    }
}
