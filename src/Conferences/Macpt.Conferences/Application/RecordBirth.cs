using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Conferences.Domain.Timescales;
using Macpt.Conferences.Infrastructure;
using Macpt.Contracts.Conferences;
using Macpt.Messaging.Outbox;
using Macpt.Rules;
using Macpt.WorkingDays;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Macpt.Conferences.Application;

/// <summary>
/// The birth of an unborn child who had a pre-birth conference: once (<see cref="BirthIsRecordedOnce"/>), the date of
/// birth is set on the child's conferences and plans and they are linked to the child's LA id; a pre-birth plan not yet
/// reviewed has its first review brought forward (<see cref="PreBirthFirstReview"/>, timescales.md T6c).
/// <see cref="UnbornChildBorn"/> (and any <see cref="ReviewConferenceBroughtForward"/>) leave through the outbox.
/// </summary>
public sealed class RecordBirth(ConferencesDbContext db, IOutbox outbox, WorkingDayCalendar calendar, IOptions<PreBirthFirstReview> timescale, TimeProvider time)
{
    /// <summary>Null when no pre-birth conference is held for <paramref name="unbornLaChildId"/> (404).</summary>
    public async Task<BirthView?> RunAsync(string unbornLaChildId, DateOnly dateOfBirth, string? childLaChildId, string recordedBy, CancellationToken ct)
    {
        // Once recorded, the unborn record's conferences carry the child's id: the birth itself says it was recorded.
        Rule.Check(new BirthIsRecordedOnce(await db.Births.AnyAsync(b => b.UnbornLaChildId == unbornLaChildId, ct)));
        var conferences = await db.Conferences.Where(c => c.LaChildId == unbornLaChildId).ToListAsync(ct);
        if (!conferences.Any(c => c.PreBirth)) return null;

        var now = time.GetUtcNow();
        var laChildId = childLaChildId ?? unbornLaChildId;
        foreach (var conference in conferences) conference.RecordBirth(dateOfBirth, laChildId);
        var plans = await db.Plans.Where(p => p.LaChildId == unbornLaChildId).ToListAsync(ct);
        foreach (var plan in plans)
        {
            if (plan.RecordBirth(dateOfBirth, laChildId, timescale.Value, calendar) is not { } due) continue;
            var review = conferences.Where(c => c.PlanId == plan.Id && !c.IsHeld && c.Status != ConferenceStatus.Cancelled).MinBy(c => c.TargetDate);
            var previous = review?.TargetDate;
            if (review is not null && review.BringForward(due, TargetChangeReasons.Birth, null, now))
                outbox.Add(new ReviewConferenceBroughtForward(review.Id, plan.Id, plan.ReferralId, laChildId, null, previous!.Value, review.TargetDate, TargetChangeReasons.Birth));
        }
        db.Births.Add(ChildBirth.Recorded(unbornLaChildId, laChildId, dateOfBirth, recordedBy, now));
        outbox.Add(new UnbornChildBorn(unbornLaChildId, laChildId, dateOfBirth));
        var open = plans.FirstOrDefault(p => !p.IsEnded);
        return new BirthView(unbornLaChildId, laChildId, dateOfBirth, conferences.Select(c => c.Id).ToList(), open?.Id, open?.NextReviewDue);
    }
}

/// <summary>The birth recorded: the records it linked, and the open plan's next review due, if any.</summary>
public sealed record BirthView(string UnbornLaChildId, string LaChildId, DateOnly DateOfBirth, IReadOnlyList<Guid> ConferenceIds, Guid? PlanId, DateOnly? NextReviewDue);
