using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Enquiries.Infrastructure;
using Macpt.Messaging.Outbox;
using Macpt.WorkingDays;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Macpt.Enquiries.Application;

/// <summary>
/// Records a strategy discussion's threshold decision. Whether the child already has an open Section 47 enquiry needs a
/// query, so it is found here: a threshold met then joins that enquiry (<see cref="OneOpenSection47PerChild"/>). The
/// discussion, any enquiry it starts and their events are saved together.
/// </summary>
public sealed class RecordStrategyDiscussionOutcome(EnquiriesDbContext db, IOutbox outbox, WorkingDayCalendar calendar, IOptions<StrategyDiscussionTargets> targets)
{
    /// <summary>The discussion with its outcome, or null when there is no such discussion.</summary>
    public async Task<StrategyDiscussion?> RunAsync(Guid id, StrategyDiscussionOutcome outcome, CancellationToken ct)
    {
        var discussion = await db.StrategyDiscussions.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (discussion is null) return null;
        var openEnquiryId = outcome.ThresholdMet
            ? await db.Section47Enquiries.AsNoTracking().Where(e => e.LaChildId == discussion.LaChildId && e.Status == Section47Status.Open)
                .OrderBy(e => e.StartDate).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct)
            : null;
        var enquiry = discussion.RecordOutcome(outcome, Guid.CreateVersion7(outcome.RecordedAt), calendar, openEnquiryId, targets.Value);
        outbox.Add(EnquiryEvents.Held(discussion));
        if (enquiry is not null)
        {
            db.Section47Enquiries.Add(enquiry);
            outbox.Add(EnquiryEvents.Started(enquiry));
        }
        // A racing second outcome fails on the row version, two enquiries racing for one child on the unique open-enquiry index: 409.
        await db.SaveChangesAsync(ct);
        return discussion;
    }
}
