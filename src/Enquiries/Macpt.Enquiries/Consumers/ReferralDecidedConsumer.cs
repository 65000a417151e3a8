using Macpt.Contracts.Referrals;
using Macpt.Enquiries.Application;
using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Timescales;
using Macpt.Enquiries.Infrastructure;
using Macpt.Messaging.Inbox;
using Macpt.Messaging.Outbox;
using Macpt.WorkingDays;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Macpt.Enquiries.Consumers;

/// <summary>
/// A referral decided for strategy discussion or immediate protection gets one pending strategy
/// discussion. The inbox skips a redelivered message; the unique referral id also stops a
/// second discussion if the referrals service ever published the decision twice under new ids. The discussion is
/// announced (<see cref="Contracts.Enquiries.StrategyDiscussionRequested"/>) in the same transaction.
/// </summary>
public sealed class ReferralDecidedConsumer(
    EnquiriesDbContext db,
    TimeProvider time,
    WorkingDayCalendar calendar,
    IOptions<StrategyDiscussionTargets> targets,
    IOutbox outbox) : InboxConsumer<ReferralDecided, EnquiriesDbContext>(db, time)
{
    protected override async Task HandleAsync(ReferralDecided message, ConsumeContext<ReferralDecided> context)
    {
        if (!ReferralDecisionTypes.NeedsStrategyDiscussion(message.Decision)) return;
        if (await Db.StrategyDiscussions.AnyAsync(s => s.ReferralId == message.ReferralId, context.CancellationToken)) return;

        var (urgency, dueBy) = StrategyDiscussionDue.For(message.Decision, message.DecidedAt, targets.Value, calendar);
        var now = Time.GetUtcNow();
        var discussion = StrategyDiscussion.RequestedByReferral(
            Guid.CreateVersion7(now), message.ReferralId, message.LaChildId, urgency, message.DecidedAt, dueBy, now, message.ExpectedDateOfBirth);
        Db.StrategyDiscussions.Add(discussion);
        outbox.Add(EnquiryEvents.Requested(discussion));
    }
}
