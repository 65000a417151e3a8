using Macpt.Conferences.Application;
using Macpt.Conferences.Domain;
using Macpt.Conferences.Infrastructure;
using Macpt.Contracts.Enquiries;
using Macpt.Messaging.Inbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Consumers;

/// <summary>
/// An enquiry that completed needing a conference gets one initial conference to arrange, due by the enquiry's
/// target (15 working days after the strategy discussion); for an unborn child (an expected date of birth) it is a
/// pre-birth conference. For a child already on a plan the plan's next review is brought forward instead
/// (<see cref="NewConcernsDuringAPlan"/>). The inbox skips a redelivered message; the unique enquiry id also stops a
/// second conference if the completion were ever published twice under new ids.
/// </summary>
public sealed class Section47EnquiryCompletedConsumer(ConferencesDbContext db, TimeProvider time, NewConcernsDuringAPlan newConcerns)
    : InboxConsumer<Section47EnquiryCompleted, ConferencesDbContext>(db, time)
{
    protected override async Task HandleAsync(Section47EnquiryCompleted message, ConsumeContext<Section47EnquiryCompleted> context)
    {
        var ct = context.CancellationToken;
        if (!message.ConferenceRequired) return;
        if (await Db.Conferences.AnyAsync(c => c.EnquiryId == message.EnquiryId, ct)) return;

        // Without a target the conference is shown as due at once rather than hidden.
        var target = message.InitialConferenceTargetDate ?? message.CompletedOn;
        if (await newConcerns.OpenPlanAsync(message.LaChildId, ct) is { } plan)
        {
            await newConcerns.BringReviewForwardAsync(plan, message.EnquiryId, target, ct);
            return;
        }
        var now = Time.GetUtcNow();
        Db.Conferences.Add(ChildProtectionConference.Initial(Guid.CreateVersion7(now), message.EnquiryId, message.ReferralId, message.LaChildId,
            preBirth: message.ExpectedDateOfBirth is not null, target, now, message.ExpectedDateOfBirth));
    }
}
