using Macpt.Conferences.Domain;
using Macpt.Conferences.Infrastructure;
using Macpt.Contracts.Conferences;
using Macpt.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Application;

/// <summary>
/// A Section 47 enquiry that completed needing a conference for a child already on a plan brings the plan's next review
/// conference forward to the enquiry's conference target (<see cref="Domain.Timescales.ReviewBroughtForward"/>) instead
/// of creating an initial conference that could not start a plan (a child has one plan at a time, census 8935).
/// </summary>
public sealed class NewConcernsDuringAPlan(ConferencesDbContext db, IOutbox outbox, TimeProvider time)
{
    /// <summary>The child's open plan, if any (then the concerns go to its review).</summary>
    public Task<ChildProtectionPlan?> OpenPlanAsync(string laChildId, CancellationToken ct) =>
        db.Plans.SingleOrDefaultAsync(p => p.LaChildId == laChildId && p.EndDate == null, ct);

    public async Task BringReviewForwardAsync(ChildProtectionPlan plan, Guid enquiryId, DateOnly target, CancellationToken ct)
    {
        var review = await db.Conferences.Where(c => c.PlanId == plan.Id && c.HeldOn == null && c.Status != ConferenceStatus.Cancelled)
            .OrderBy(c => c.TargetDate).FirstOrDefaultAsync(ct);
        if (review is null) return;
        var previous = review.TargetDate;
        if (!review.BringForward(target, TargetChangeReasons.NewConcerns, enquiryId, time.GetUtcNow())) return;
        plan.BringReviewForward(review.TargetDate);
        outbox.Add(new ReviewConferenceBroughtForward(review.Id, plan.Id, plan.ReferralId, plan.LaChildId, enquiryId, previous, review.TargetDate,
            TargetChangeReasons.NewConcerns));
    }
}
