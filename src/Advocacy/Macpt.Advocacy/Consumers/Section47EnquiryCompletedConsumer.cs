using Macpt.Advocacy.Application;
using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;
using Macpt.Contracts.Enquiries;
using Macpt.Messaging.Inbox;
using MassTransit;

namespace Macpt.Advocacy.Consumers;

/// <summary>
/// A Section 47 enquiry that needs no conference ends the episode (<see cref="EpisodeClosing"/>); one that needs a
/// conference changes nothing here (the scheduled conference moves the episode on).
/// </summary>
public sealed class Section47EnquiryCompletedConsumer(AdvocacyDbContext db, TimeProvider time, EpisodeClosing closing)
    : InboxConsumer<Section47EnquiryCompleted, AdvocacyDbContext>(db, time)
{
    protected override Task HandleAsync(Section47EnquiryCompleted message, ConsumeContext<Section47EnquiryCompleted> context) =>
        message.ConferenceRequired ? Task.CompletedTask
            : closing.CloseAsync(new EpisodeExit(message.LaChildId, message.ReferralId, message.EnquiryId, null, null, message.CompletedOn,
                EpisodeEndReasons.Section47NoConference), context.CancellationToken);
}
