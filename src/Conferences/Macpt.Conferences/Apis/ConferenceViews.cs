using Macpt.Conferences.Domain;

namespace Macpt.Conferences.Apis;

/// <summary>
/// A conference as practitioners see it. <see cref="Invitees"/> joins those the chair invited and, until it
/// is held, the advocates allocated to the child's parents (afterwards, those who were invited then).
/// <see cref="FamilyPlan"/> is the latest family plan the child's network agreed, if any.
/// </summary>
public sealed record ConferenceView(Guid Id, string Kind, Guid? EnquiryId, Guid? ReferralId, string LaChildId, bool PreBirth, Guid? PlanId,
    DateOnly TargetDate, string Status, DateOnly? ScheduledFor, bool Late, CaseTeam? CaseTeam, ConferenceArrangements? Arrangements,
    IReadOnlyList<InviteeView> Invitees, FamilyPlanView? FamilyPlan, ConferenceOutcome? Outcome, PlanDecision? PlanDecision,
    string? LatestCategoryOfAbuse, ConferenceRecord? Record)
{
    public static ConferenceView From(ChildProtectionConference c, IReadOnlyList<AdvocateInvitation> advocatesNow, AgreedFamilyPlan? familyPlan)
    {
        var advocates = c.Outcome?.AdvocatesInvited ?? advocatesNow;
        var invitees = (c.Arrangements?.Invitees ?? []).Select(i => new InviteeView(i.Kind, i.PersonId, i.Agency, null))
            .Concat(advocates.Select(a => new InviteeView(InviteeKinds.Advocate, a.AdvocateId.ToString(), null, a.ParentId)))
            .ToList();
        return new ConferenceView(c.Id, c.Kind, c.EnquiryId, c.ReferralId, c.LaChildId, c.PreBirth, c.PlanId, c.TargetDate, c.Status,
            c.ScheduledFor, c.Arrangements?.Late ?? false, c.CaseTeam, c.Arrangements, invitees,
            familyPlan is null ? null : FamilyPlanView.From(familyPlan), c.Outcome, c.PlanDecision, c.LatestCategoryOfAbuse, c.Record);
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
    string Status, DateOnly? ScheduledFor, DateOnly? HeldOn)
{
    public static ConferenceSummary From(ChildProtectionConference c) =>
        new(c.Id, c.Kind, c.LaChildId, c.EnquiryId, c.ReferralId, c.PlanId, c.PreBirth, c.TargetDate, c.Status, c.ScheduledFor, c.HeldOn);
}

/// <summary>A held conference whose record has not gone out, with its age since the conference.</summary>
public sealed record UndistributedRecord(Guid ConferenceId, string Kind, string LaChildId, DateOnly HeldOn, bool Finalised, int AgeInDays, int AgeInWorkingDays);
