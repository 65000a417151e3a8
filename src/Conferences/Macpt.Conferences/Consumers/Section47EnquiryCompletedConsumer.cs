using Macpt.Conferences.Domain;
using Macpt.Conferences.Infrastructure;
using Macpt.Contracts.Enquiries;
using Macpt.Messaging.Inbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Consumers;

/// <summary>
/// An enquiry that completed needing a conference gets one initial conference to arrange, due by the enquiry's
/// target (15 working days after the strategy discussion). The inbox skips a redelivered message; the unique
/// enquiry id also stops a second conference if the completion were ever published twice under new ids.
/// </summary>
public sealed class Section47EnquiryCompletedConsumer(ConferencesDbContext db, TimeProvider time)
    : InboxConsumer<Section47EnquiryCompleted, ConferencesDbContext>(db, time)
{
    protected override async Task HandleAsync(Section47EnquiryCompleted message, ConsumeContext<Section47EnquiryCompleted> context)
    {
        if (!message.ConferenceRequired) return;
        if (await Db.Conferences.AnyAsync(c => c.EnquiryId == message.EnquiryId, context.CancellationToken)) return;

        // Without a target the conference is shown as due at once rather than hidden.
        var target = message.InitialConferenceTargetDate ?? message.CompletedOn;
        var now = Time.GetUtcNow();
        Db.Conferences.Add(ChildProtectionConference.Initial(Guid.CreateVersion7(now), message.EnquiryId, message.ReferralId, message.LaChildId,
            preBirth: false, target, now));
    }
}
