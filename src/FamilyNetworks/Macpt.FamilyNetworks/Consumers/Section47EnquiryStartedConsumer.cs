using Macpt.Contracts.Cin;
using Macpt.Contracts.Enquiries;
using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Inbox;
using MassTransit;

namespace Macpt.FamilyNetworks.Consumers;

/// <summary>
/// A Section 47 enquiry asks the family network again, before any conference: the meeting is needed by
/// the initial conference's target date.
/// </summary>
public sealed class Section47EnquiryStartedConsumer(FamilyNetworksDbContext db, TimeProvider time, RequestIntake intake, ILogger<Section47EnquiryStartedConsumer> log)
    : InboxConsumer<Section47EnquiryStarted, FamilyNetworksDbContext>(db, time)
{
    protected override async Task HandleAsync(Section47EnquiryStarted message, ConsumeContext<Section47EnquiryStarted> context)
    {
        if (!LaChildId.IsValid(message.LaChildId))
        {
            log.LogWarning("Section 47 enquiry {EnquiryId} started without a valid LA child id: no family network request", message.EnquiryId);
            return;
        }
        var requestedAt = new DateTimeOffset(message.StartDate.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        await intake.OpenAsync(new RequestIntake.Trigger(message.LaChildId, RequestTriggers.StageFor(message), message.ReferralId,
            RequestSources.Section47EnquiryStarted, message.EnquiryId, null, requestedAt, message.InitialConferenceTargetDate), context.CancellationToken);
    }
}
