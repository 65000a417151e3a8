using Macpt.Conferences.Application;
using Macpt.Conferences.Domain;
using Macpt.Conferences.Infrastructure;
using Macpt.WorkingDays;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Apis;

/// <summary>
/// A conference as practitioners see it. <see cref="Invitees"/> joins those the chair invited and, until it
/// is held, the advocates allocated to the child's parents (afterwards, those who were invited then).
/// <see cref="FamilyPlan"/> is the latest family plan the child's network agreed, if any. <see cref="TargetChanges"/> are the
/// times its target was brought forward and why.
/// </summary>
public sealed record ConferenceView(Guid Id, string Kind, Guid? EnquiryId, Guid? ReferralId, string LaChildId, bool PreBirth, Guid? PlanId,
    DateOnly TargetDate, string Status, DateOnly? ScheduledFor, bool Late, CaseTeam? CaseTeam, ConferenceArrangements? Arrangements,
    IReadOnlyList<InviteeView> Invitees, FamilyPlanView? FamilyPlan, ConferenceOutcome? Outcome, PlanDecision? PlanDecision,
    string? LatestCategoryOfAbuse, ConferenceRecord? Record, DateOnly? ExpectedDateOfBirth, DateOnly? ChildBornOn, TransferIn? TransferIn,
    IReadOnlyList<TargetChange> TargetChanges, FamilyHelpStepDown? StepDown)
{
    public static ConferenceView From(ChildProtectionConference c, IReadOnlyList<AdvocateInvitation> advocatesNow, AgreedFamilyPlan? familyPlan)
    {
        var advocates = c.Outcome?.AdvocatesInvited ?? advocatesNow;
        var invitees = (c.Arrangements?.Invitees ?? []).Select(i => new InviteeView(i.Kind, i.PersonId, i.Agency, null))
            .Concat(advocates.Select(a => new InviteeView(InviteeKinds.Advocate, a.AdvocateId.ToString(), null, a.ParentId)))
            .ToList();
        return new ConferenceView(c.Id, c.Kind, c.EnquiryId, c.ReferralId, c.LaChildId, c.PreBirth, c.PlanId, c.TargetDate, c.Status,
            c.ScheduledFor, c.Arrangements?.Late ?? false, c.CaseTeam, c.Arrangements, invitees,
            familyPlan is null ? null : FamilyPlanView.From(familyPlan), c.Outcome, c.PlanDecision, c.LatestCategoryOfAbuse, c.Record,
            c.ExpectedDateOfBirth, c.ChildBornOn, c.TransferIn, c.TargetChanges, c.StepDown);
    }

    /// <summary>The view with what it needs from the store: the advocates to invite now and the child's latest family plan.</summary>
    public static async Task<ConferenceView> LoadAsync(ConferencesDbContext db, ChildProtectionConference conference, CancellationToken ct)
    {
        var advocates = conference.IsHeld ? [] : await ParentAdvocates.ToInviteAsync(db, conference.LaChildId, ct);
        var familyPlan = await db.FamilyPlans.AsNoTracking().Where(p => p.LaChildId == conference.LaChildId)
            .OrderByDescending(p => p.AgreedOn).ThenByDescending(p => p.PlanVersion).FirstOrDefaultAsync(ct);
        return From(conference, advocates, familyPlan);
    }
}

/// <summary>An invitee; for an advocate allocated by the advocacy service, the parent they act for.</summary>
public sealed record InviteeView(string Kind, string PersonId, string? Agency, Guid? ForParentId);

public sealed record FamilyPlanView(Guid FamilyPlanId, Guid MeetingId, DateOnly AgreedOn, int Safeguards, bool LocalAuthorityAgrees, DateOnly? ReviewDue, int Version)
{
    public static FamilyPlanView From(AgreedFamilyPlan p) =>
        new(p.FamilyPlanId, p.MeetingId, p.AgreedOn, p.Safeguards, p.LocalAuthorityAgrees, p.ReviewDue, p.PlanVersion);
}

/// <summary>A conference in a list: enough to arrange, chase or open it.</summary>
public sealed record ConferenceSummary(Guid Id, string Kind, string LaChildId, Guid? EnquiryId, Guid? ReferralId, Guid? PlanId, bool PreBirth, DateOnly TargetDate,
    string Status, DateOnly? ScheduledFor, DateOnly? HeldOn, bool TransferIn)
{
    public static ConferenceSummary From(ChildProtectionConference c) =>
        new(c.Id, c.Kind, c.LaChildId, c.EnquiryId, c.ReferralId, c.PlanId, c.PreBirth, c.TargetDate, c.Status, c.ScheduledFor, c.HeldOn, c.TransferIn is not null);
}

/// <summary>A held conference whose record has not gone out, with its age since the conference.</summary>
public sealed record UndistributedRecord(Guid ConferenceId, string Kind, string LaChildId, DateOnly HeldOn, bool Finalised, int AgeInDays, int AgeInWorkingDays)
{
    public static UndistributedRecord From(ChildProtectionConference c, DateOnly today, WorkingDayCalendar calendar) =>
        new(c.Id, c.Kind, c.LaChildId, c.HeldOn!.Value, c.Record is not null, today.DayNumber - c.HeldOn.Value.DayNumber,
            calendar.WorkingDaysBetween(c.HeldOn.Value, today));
}

/// <summary>A plan with its census fields, reviews, core group meetings, the changes of the people around it, and ending.</summary>
public sealed record PlanView(Guid Id, string LaChildId, Guid? ReferralId, Guid InitialConferenceId, string Status, DateOnly StartDate,
    DateOnly? EndDate, string InitialCategoryOfAbuse, string LatestCategoryOfAbuse, int NumberOfPreviousCpp, OutlinePlan OutlinePlan,
    IReadOnlyList<CoreGroupMember> CoreGroup, string LcppId, DateOnly? NextReviewDue, DateOnly? NextCoreGroupDue,
    IReadOnlyList<PlanReview> Reviews, IReadOnlyList<CoreGroupMeeting> CoreGroupMeetings, PlanEnding? Ending, bool PreBirth, DateOnly? ChildBornOn,
    IReadOnlyList<PlanPeopleChange> PeopleChanges, DetailedPlan? DetailedPlan)
{
    public static PlanView From(ChildProtectionPlan p) =>
        new(p.Id, p.LaChildId, p.ReferralId, p.InitialConferenceId, p.Status, p.StartDate, p.EndDate, p.InitialCategoryOfAbuse,
            p.LatestCategoryOfAbuse, p.NumberOfPreviousCpp, p.OutlinePlan, p.CoreGroup, p.LcppId, p.NextReviewDue, p.NextCoreGroupDue,
            p.Reviews, p.CoreGroupMeetings, p.Ending, p.PreBirth, p.ChildBornOn, p.PeopleChanges, p.DetailedPlan);
}
