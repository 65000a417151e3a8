using Macpt.Contracts.Advocacy;
using Macpt.Contracts.Conferences;
using Macpt.Contracts.Enquiries;
using Macpt.Contracts.Escalations;
using Macpt.Contracts.FamilyHelp;
using Macpt.Contracts.FamilyNetworks;
using Macpt.Contracts.Referrals;
using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>
/// Every event reporting reads, on one queue: each is stored and its children projected again
/// (<see cref="ChildReprojection"/>), once (<see cref="Inbox"/>, keyed by the message id). The projection does not
/// depend on the order the events arrive in, so one queue serves them all.
/// </summary>
public sealed class StoredEventsConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection) :
    IConsumer<AdvocacyEnded>,
    IConsumer<AdvocacyOfferAnswered>,
    IConsumer<AdvocacyOffered>,
    IConsumer<AdvocateAllocated>,
    IConsumer<AgencyCheckAnswered>,
    IConsumer<AgencyCheckRequested>,
    IConsumer<ChildProtectionPlanEnded>,
    IConsumer<ChildProtectionPlanReviewed>,
    IConsumer<ChildProtectionPlanStarted>,
    IConsumer<ConferenceHeld>,
    IConsumer<ConsultationAnswered>,
    IConsumer<ConsultationRequested>,
    IConsumer<CoreGroupHeld>,
    IConsumer<FamilyNetworkMeetingHeld>,
    IConsumer<FamilyNetworkMeetingOfferAnswered>,
    IConsumer<FamilyNetworkMeetingOffered>,
    IConsumer<FamilyNetworkMeetingRequestClosed>,
    IConsumer<FamilyNetworkMeetingRequested>,
    IConsumer<FamilyPlanAgreed>,
    IConsumer<InitialConferenceScheduled>,
    IConsumer<PreProceedingsRecorded>,
    IConsumer<ProfessionalDisagreementEscalated>,
    IConsumer<ProfessionalDisagreementRaised>,
    IConsumer<ProfessionalDisagreementResolved>,
    IConsumer<ReferralDecided>,
    IConsumer<ReferralReceived>,
    IConsumer<ReviewConferenceBroughtForward>,
    IConsumer<Section47EnquiryCompleted>,
    IConsumer<Section47EnquiryStarted>,
    IConsumer<SteppedDownToFamilyHelp>,
    IConsumer<StrategyDiscussionHeld>,
    IConsumer<StrategyDiscussionRequested>,
    IConsumer<UnbornChildBorn>
{
    public Task Consume(ConsumeContext<AdvocacyEnded> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<AdvocacyOfferAnswered> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<AdvocacyOffered> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<AdvocateAllocated> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<AgencyCheckAnswered> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<AgencyCheckRequested> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<ChildProtectionPlanEnded> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<ChildProtectionPlanReviewed> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<ChildProtectionPlanStarted> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<ConferenceHeld> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<ConsultationAnswered> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<ConsultationRequested> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<CoreGroupHeld> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<FamilyNetworkMeetingHeld> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<FamilyNetworkMeetingOfferAnswered> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<FamilyNetworkMeetingOffered> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<FamilyNetworkMeetingRequestClosed> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<FamilyNetworkMeetingRequested> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<FamilyPlanAgreed> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<InitialConferenceScheduled> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<PreProceedingsRecorded> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<ProfessionalDisagreementEscalated> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<ProfessionalDisagreementRaised> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<ProfessionalDisagreementResolved> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<ReferralDecided> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<ReferralReceived> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<ReviewConferenceBroughtForward> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<Section47EnquiryCompleted> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<Section47EnquiryStarted> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<SteppedDownToFamilyHelp> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<StrategyDiscussionHeld> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<StrategyDiscussionRequested> context) => StoreAsync(context);
    public Task Consume(ConsumeContext<UnbornChildBorn> context) => StoreAsync(context);

    private Task StoreAsync<TMessage>(ConsumeContext<TMessage> context) where TMessage : class =>
        Inbox.ApplyOnceAsync(db, time, nameof(StoredEventsConsumer), context,
            () => projection.ReceiveAsync(context.Message, context.MessageId!.Value, context.CancellationToken));
}
