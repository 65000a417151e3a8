using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Enquiries.Domain.Timescales;
using Macpt.Enquiries.Infrastructure;
using Macpt.Messaging.Outbox;
using Macpt.Persistence;
using Macpt.Rules;
using Macpt.WorkingDays;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Macpt.Enquiries.Application;

/// <summary>
/// An LCPP convenes a strategy discussion for a child already known (a new concern on an open case): one pending
/// per child (<see cref="OnePendingDiscussionPerChild"/>) and one per referral (<see cref="OneDiscussionPerReferral"/>),
/// under the caller's Idempotency-Key when one is sent; it is announced (<see cref="Contracts.Enquiries.StrategyDiscussionRequested"/>)
/// in the same transaction.
/// </summary>
public sealed class ConveneStrategyDiscussion(EnquiriesDbContext db, IdempotentCreation<EnquiriesDbContext> idempotency,
    WorkingDayCalendar calendar, IOptions<StrategyDiscussionTargets> targets, TimeProvider time, IOutbox outbox)
{
    public const string Operation = "enquiries.strategy-discussions.create";

    public sealed record Request(string LaChildId, Guid? ReferralId, string Urgency, string Concern, string RequestedBy, DateOnly? ExpectedDateOfBirth = null);

    /// <summary>
    /// The request is the fingerprint of the key: the same key with another request answers 409; a twin racing
    /// under the same key gets its replay (the one idempotency path sees to it).
    /// </summary>
    public Task<Idempotent<StrategyDiscussionView>> RunAsync(Request request, string? key, CancellationToken ct) =>
        idempotency.CreateAsync(Operation, key, request, async ct =>
        {
            var pending = await db.StrategyDiscussions.AsNoTracking()
                .Where(s => s.LaChildId == request.LaChildId && s.Status != StrategyDiscussionStatus.Held)
                .Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
            Rule.Check(new OnePendingDiscussionPerChild(pending));
            var referralTaken = request.ReferralId is { } referralId && await db.StrategyDiscussions.AnyAsync(s => s.ReferralId == referralId, ct);
            Rule.Check(new OneDiscussionPerReferral(referralTaken));

            var now = StoredInstant.Of(time.GetUtcNow()); // so the first answer and its replay show the same instant
            var discussion = StrategyDiscussion.RequestedDirectly(Guid.CreateVersion7(now), request.ReferralId, request.LaChildId, request.Urgency,
                request.Concern.Trim(), request.RequestedBy, now, StrategyDiscussionDue.ForUrgency(request.Urgency, now, targets.Value, calendar),
                request.ExpectedDateOfBirth);
            db.StrategyDiscussions.Add(discussion);
            outbox.Add(EnquiryEvents.Requested(discussion));
            return (discussion.Id.ToString(), StrategyDiscussionView.From(discussion, []));
        },
        async (id, ct) => StrategyDiscussionView.From(await db.StrategyDiscussions.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(id), ct), []),
        ct);
}
