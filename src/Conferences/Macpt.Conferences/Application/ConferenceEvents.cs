using Macpt.Conferences.Domain;
using Macpt.Contracts;
using Macpt.Contracts.Conferences;

namespace Macpt.Conferences.Application;

/// <summary>
/// The events a conference and a plan publish, built from their records: ids, dates and codes only. Who attended is
/// told by agency (each once, in the order recorded), never by person.
/// </summary>
public static class ConferenceEvents
{
    /// <summary>
    /// A conference held, with when it was due (the ICPC's target, or the review's due date), the agencies whose
    /// people attended (apologies or a report alone is not attending), the plan a review reviewed, and whether it was pre-birth.
    /// </summary>
    public static ConferenceHeld Held(ChildProtectionConference c, bool planRequired) =>
        new(c.Id, c.ReferralId, c.LaChildId, c.HeldOn!.Value, c.Kind, planRequired, c.TargetDate,
            c.Outcome!.Attendance.Where(a => a.Status == AttendanceStatuses.Attended && a.Agency is not null).Select(a => a.Agency!).Distinct().ToList(),
            c.PlanId, c.PreBirth);

    /// <summary>A plan started, with its first core group and first review due dates, the child's earlier plans here and the core group's agencies.</summary>
    public static ChildProtectionPlanStarted Started(ChildProtectionPlan p) =>
        new(p.Id, p.ReferralId, p.LaChildId, p.StartDate, p.InitialCategoryOfAbuse, p.NextCoreGroupDue, p.NextReviewDue, p.NumberOfPreviousCpp,
            p.CoreGroup.Select(m => m.Agency).Distinct().ToList());

    /// <summary>A review conference's result for the plan, with when that review was due.</summary>
    public static ChildProtectionPlanReviewed Reviewed(ChildProtectionPlan p, ChildProtectionConference review, string latestCategoryOfAbuse, bool continues) =>
        new(p.Id, review.Id, p.ReferralId, p.LaChildId, review.HeldOn!.Value, latestCategoryOfAbuse, continues, p.NextReviewDue, review.TargetDate);

    /// <summary>A plan ended, with its start date, so its length is known without the start event.</summary>
    public static ChildProtectionPlanEnded Ended(ChildProtectionPlan p) =>
        new(p.Id, p.ReferralId, p.LaChildId, p.EndDate!.Value, p.Ending!.ReasonCode, p.StartDate);

    /// <summary>
    /// A core group meeting, with when it was due (<paramref name="dueBy"/>, the plan's due date before it was recorded),
    /// when the next is due, and the agencies of the core group's members who attended (anyone else attending is not a member,
    /// so has no agency here).
    /// </summary>
    public static CoreGroupHeld CoreGroupHeld(ChildProtectionPlan p, CoreGroupMeeting meeting, DateOnly? dueBy) =>
        new(meeting.Id, p.Id, p.ReferralId, p.LaChildId, meeting.HeldOn, dueBy, p.NextCoreGroupDue,
            meeting.Attended.Select(a => p.CoreGroup.FirstOrDefault(m => string.Equals(m.PractitionerId, a.PersonId, StringComparison.OrdinalIgnoreCase))?.Agency)
                .OfType<string>().Distinct().ToList());
}
