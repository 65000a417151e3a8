using Macpt.Conferences.Domain.Rules;
using Macpt.Conferences.Domain.Timescales;
using Macpt.Contracts;
using Macpt.Rules;
using Macpt.WorkingDays;

namespace Macpt.Conferences.Domain;

/// <summary>
/// A child protection plan (census <c>ChildProtectionPlans</c>): it starts on the date of the initial
/// conference that decided it (census rule 2885), is reviewed by review conferences, has core group
/// meetings, and ends with a reason and, usually, a step-down to Family Help. A child's plans are all
/// kept; <see cref="NumberOfPreviousCpp"/> counts the earlier ones held here.
/// </summary>
public sealed class ChildProtectionPlan
{
    private ChildProtectionPlan() { }

    public Guid Id { get; private init; }
    /// <summary>The child's LA id; a pre-birth plan's is linked to the child's at the birth (<see cref="RecordBirth"/>).</summary>
    public string LaChildId { get; private set; } = "";
    public Guid? ReferralId { get; private init; }
    /// <summary>Started by a pre-birth initial conference: the first review follows the birth (<see cref="PreBirthFirstReview"/>).</summary>
    public bool PreBirth { get; private init; }
    /// <summary>For a pre-birth plan, the child's date of birth once recorded.</summary>
    public DateOnly? ChildBornOn { get; private set; }
    public Guid InitialConferenceId { get; private init; }
    /// <summary><c>CPPstartDate</c>: the initial conference's date.</summary>
    public DateOnly StartDate { get; private init; }
    public string InitialCategoryOfAbuse { get; private init; } = "";
    public string LatestCategoryOfAbuse { get; private set; } = "";
    public int NumberOfPreviousCpp { get; private init; }
    public OutlinePlan OutlinePlan { get; private init; } = null!;
    public List<CoreGroupMember> CoreGroup { get; private init; } = [];
    /// <summary>The allocated LCPP now (<see cref="ChangePeople"/>), who steps away when the plan ends.</summary>
    public string LcppId { get; private set; } = "";
    /// <summary>Each change of the LCPP, the key worker and the core group's members, in order.</summary>
    public List<PlanPeopleChange> PeopleChanges { get; private init; } = [];
    public string Status { get; private set; } = PlanStatus.Active;
    /// <summary>The next review conference's due date while the plan lasts.</summary>
    public DateOnly? NextReviewDue { get; private set; }
    /// <summary>The next core group meeting's due date while the plan lasts.</summary>
    public DateOnly? NextCoreGroupDue { get; private set; }
    /// <summary>The detailed plan the first core group agreed, as review conferences changed it.</summary>
    public DetailedPlan? DetailedPlan { get; private set; }
    public List<PlanReview> Reviews { get; private init; } = [];
    public List<CoreGroupMeeting> CoreGroupMeetings { get; private init; } = [];
    public DateOnly? EndDate { get; private set; }
    public PlanEnding? Ending { get; private set; }
    public DateTimeOffset CreatedAt { get; private init; }
    public uint Version { get; private set; }

    public bool IsEnded => Ending is not null;

    /// <summary>
    /// Starts the plan an initial conference decided, on its date (census rule 2885), with the allocated LCPP from its case
    /// team; the first review conference is due by <see cref="ReviewConferenceDue.First"/>, the first core group by
    /// <see cref="FirstCoreGroupDeadline.After"/>. <paramref name="childsEarlierPlanStarts"/> are the start dates of the
    /// child's plans held here (<see cref="PreviousPlans"/>).
    /// </summary>
    public static ChildProtectionPlan Start(Guid id, ChildProtectionConference icpc, IEnumerable<DateOnly> childsEarlierPlanStarts,
        WorkingDayCalendar calendar, DateTimeOffset now)
    {
        Rule.Check(new PlanStartsAtItsInitialConference(icpc));
        var heldOn = icpc.HeldOn!.Value;
        var decision = icpc.PlanDecision!;
        return new ChildProtectionPlan
        {
            Id = id,
            LaChildId = icpc.LaChildId,
            ReferralId = icpc.ReferralId,
            PreBirth = icpc.PreBirth,
            ChildBornOn = icpc.ChildBornOn,
            InitialConferenceId = icpc.Id,
            StartDate = heldOn,
            InitialCategoryOfAbuse = decision.CategoryOfAbuse,
            LatestCategoryOfAbuse = decision.CategoryOfAbuse,
            NumberOfPreviousCpp = PreviousPlans.Count(childsEarlierPlanStarts, heldOn),
            // Owned instances cannot be shared with the conference's decision: copies.
            OutlinePlan = new OutlinePlan(decision.OutlinePlan.Outcomes.Select(o => o with { }).ToList(), decision.OutlinePlan.Actions.Select(a => a with { }).ToList()),
            CoreGroup = decision.CoreGroup.Select(m => m with { }).ToList(),
            LcppId = icpc.CaseTeam?.LcppId ?? "",
            NextReviewDue = ReviewConferenceDue.First(heldOn, calendar),
            NextCoreGroupDue = FirstCoreGroupDeadline.After(heldOn, calendar),
            CreatedAt = now,
        };
    }

    /// <summary>
    /// A review conference's result: the latest category and, while the plan continues, the next review due
    /// (<see cref="ReviewConferenceDue.Next"/>); a plan that does not continue is then ended (<see cref="End"/>).
    /// </summary>
    public void RecordReview(Guid conferenceId, DateOnly reviewedOn, string latestCategoryOfAbuse, bool planContinues, WorkingDayCalendar calendar)
    {
        Rule.Check(new PlanIsStillRunning(this, "planRequired"), new ReviewIsAfterPlanStart(reviewedOn, StartDate, "heldOn"));
        Reviews.Add(new PlanReview(conferenceId, reviewedOn, latestCategoryOfAbuse, planContinues));
        LatestCategoryOfAbuse = latestCategoryOfAbuse;
        NextReviewDue = planContinues ? ReviewConferenceDue.Next(reviewedOn, calendar) : null;
    }

    /// <summary>
    /// The next review conference is brought forward to <paramref name="due"/> when that is earlier
    /// (<see cref="ReviewBroughtForward"/>): new concerns during the plan, or a pre-birth plan's birth.
    /// </summary>
    public void BringReviewForward(DateOnly due)
    {
        Rule.Check(new PlanIsStillRunning(this, "targetDate"));
        if (NextReviewDue is { } current && ReviewBroughtForward.To(current, due) is { } earlier) NextReviewDue = earlier;
    }

    /// <summary>
    /// The child of a pre-birth plan was born: the date is kept, the plan is linked to the child's LA id, and until the
    /// first review is held it is due by <see cref="PreBirthFirstReview.Due"/> (timescales.md T6c). The new due date, if any.
    /// </summary>
    public DateOnly? RecordBirth(DateOnly bornOn, string childLaChildId, PreBirthFirstReview timescale, WorkingDayCalendar calendar)
    {
        ChildBornOn = bornOn;
        LaChildId = childLaChildId;
        if (IsEnded || !PreBirth || Reviews.Count > 0) return null;
        BringReviewForward(timescale.Due(StartDate, bornOn, calendar));
        return NextReviewDue;
    }

    /// <summary>
    /// The people around the plan change (<see cref="PlanPeopleChanges"/>) with a date and a handover note, kept as
    /// history: a new LCPP takes the previous one's place in the core group and is the one who steps away at the end; a
    /// new key worker takes the key worker's place; members join or leave (<see cref="PeopleChangeFitsTheCoreGroup"/>).
    /// </summary>
    public void ChangePeople(string change, string practitionerId, string? agency, DateOnly changedOn, string handoverNote, string recordedBy, DateTimeOffset now)
    {
        Rule.Check(new PlanIsStillRunning(this, "changedOn"), new PeopleChangeIsDuringThePlan(this, changedOn),
            new PeopleChangeFitsTheCoreGroup(CoreGroup, LcppId, change, practitionerId));
        string? previous = null;
        switch (change)
        {
            case PlanPeopleChanges.Lcpp:
                previous = LcppId;
                var lcpp = CoreGroup.FindIndex(m => m.Role == CoreGroupRoles.Lcpp && string.Equals(m.PractitionerId, previous, StringComparison.OrdinalIgnoreCase));
                var newLcpp = new CoreGroupMember(practitionerId, agency ?? Agencies.LocalAuthority, CoreGroupRoles.Lcpp, false);
                if (lcpp >= 0) CoreGroup[lcpp] = newLcpp;
                else CoreGroup.Add(newLcpp);
                LcppId = practitionerId;
                break;
            case PlanPeopleChanges.KeyWorker:
                var key = CoreGroup.FindIndex(m => m.KeyWorker);
                previous = CoreGroup[key].PractitionerId;
                CoreGroup[key] = CoreGroup[key] with { PractitionerId = practitionerId, Agency = agency ?? CoreGroup[key].Agency };
                break;
            case PlanPeopleChanges.MemberJoined:
                CoreGroup.Add(new CoreGroupMember(practitionerId, agency!, CoreGroupRoles.Member, false));
                break;
            case PlanPeopleChanges.MemberLeft:
                var leaving = CoreGroup.FindIndex(m => string.Equals(m.PractitionerId, practitionerId, StringComparison.OrdinalIgnoreCase));
                agency = CoreGroup[leaving].Agency;
                CoreGroup.RemoveAt(leaving);
                break;
        }
        var joined = change == PlanPeopleChanges.MemberLeft ? null : practitionerId;
        previous = change == PlanPeopleChanges.MemberLeft ? practitionerId : previous;
        PeopleChanges.Add(new PlanPeopleChange(Guid.CreateVersion7(now), change, joined, previous, agency, changedOn, handoverNote, recordedBy, now));
    }

    /// <summary>
    /// A core group meeting; the next is due the local interval after the latest one (<see cref="CoreGroupCadence"/>). Its
    /// progress on the detailed plan's actions sets their status (<see cref="ProgressIsOnThePlansActions"/>).
    /// </summary>
    public void RecordCoreGroup(CoreGroupMeeting meeting, CoreGroupCadence cadence)
    {
        Rule.Check(new PlanIsStillRunning(this, "heldOn"), new CoreGroupMeetsAfterPlanStart(meeting.HeldOn, StartDate),
            new CoreGroupMeetingIsRecordedOnce(this, meeting.HeldOn));
        if (meeting.Progress is { Count: > 0 } progress)
        {
            Rule.Check(new ProgressIsOnThePlansActions(DetailedPlan, progress));
            var actions = DetailedPlan!.Actions.Select(a => progress.FirstOrDefault(p => p.ActionId == a.Id) is { } p
                ? a with { Status = p.Status, StatusOn = meeting.HeldOn } : a with { }).ToList();
            DetailedPlan = DetailedPlan with { Outcomes = DetailedPlan.Outcomes.Select(o => o with { }).ToList(), Actions = actions };
        }
        CoreGroupMeetings.Add(meeting);
        NextCoreGroupDue = cadence.NextAfter(CoreGroupMeetings.Max(m => m.HeldOn));
    }

    /// <summary>
    /// The first core group agrees the detailed plan, on its date (<see cref="DetailedPlanIsAgreedAtTheFirstCoreGroup"/>),
    /// once (<see cref="DetailedPlanIsAgreedOnce"/>): outcomes, and actions each with an owner agency, a due date and a status.
    /// </summary>
    public void AgreeDetailedPlan(DateOnly agreedOn, IReadOnlyList<string> outcomes, IReadOnlyList<ActionAgreed> actions, DateTimeOffset now)
    {
        Rule.Check(new PlanIsStillRunning(this, "agreedOn"), new DetailedPlanIsAgreedOnce(this), new DetailedPlanIsAgreedAtTheFirstCoreGroup(this, agreedOn));
        DetailedPlan = new DetailedPlan(agreedOn, outcomes.Select(o => new PlanOutcome(o)).ToList(), Actions(actions, agreedOn, now), 0, null, null);
    }

    /// <summary>
    /// A review conference that continues the plan changes it: the outcomes and actions it agreed replace the detailed
    /// plan's (Working Together 2023, ch. 4: the review considers whether the plan should change); the category of abuse
    /// changes with the review (<see cref="RecordReview"/>).
    /// </summary>
    public void ChangeAtReview(Guid conferenceId, DateOnly reviewedOn, IReadOnlyList<string> outcomes, IReadOnlyList<ActionAgreed> actions, DateTimeOffset now)
    {
        Rule.Check(new PlanIsStillRunning(this, "planChanges"));
        DetailedPlan = new DetailedPlan(DetailedPlan?.AgreedOn ?? reviewedOn, outcomes.Select(o => new PlanOutcome(o)).ToList(),
            Actions(actions, reviewedOn, now), (DetailedPlan?.Revision ?? 0) + 1, conferenceId, reviewedOn);
    }

    private static List<DetailedAction> Actions(IReadOnlyList<ActionAgreed> actions, DateOnly on, DateTimeOffset now) =>
        actions.Select((a, i) => new DetailedAction(Guid.CreateVersion7(now.AddTicks(i)), a.Action, a.OwnerAgency, a.DueBy, a.Status ?? ActionStatuses.NotStarted, on)).ToList();

    /// <summary>
    /// Ends the plan outside a review conference: only for the reasons Working Together allows
    /// (<see cref="PlanEndsAtAReviewConference"/>), and a transfer only after the receiving authority's conference
    /// (<see cref="TransferOutFollowsTheReceivingConference"/>, on <paramref name="receivingConferenceOn"/>).
    /// </summary>
    public void EndOutsideReview(DateOnly endDate, PlanEndDecision decision, DateOnly? receivingConferenceOn, string recordedBy, DateTimeOffset now)
    {
        Rule.Check(new PlanIsStillRunning(this, "endDate"), new PlanEndsAtAReviewConference(decision.ReasonCode),
            new TransferOutFollowsTheReceivingConference(decision.ReasonCode, receivingConferenceOn, endDate));
        End(endDate, decision, null, recordedBy, now, receivingConferenceOn);
    }

    /// <summary>
    /// Ends the plan once, after its start and not before its last review (at <paramref name="reviewConferenceId"/> when a
    /// review ended it); the LCPP steps away on the end date and nothing more is due.
    /// </summary>
    public void End(DateOnly endDate, PlanEndDecision decision, Guid? reviewConferenceId, string recordedBy, DateTimeOffset now,
        DateOnly? receivingConferenceOn = null)
    {
        Rule.Check(new PlanIsStillRunning(this, "endDate"), new PlanEndsAfterStart(endDate, StartDate), new PlanEndsOnOrAfterItsLastReview(this, endDate));
        Ending = new PlanEnding(endDate, decision.ReasonCode, decision.StepDownToFamilyHelp, decision.FamilyHelpLeadId, LcppId, endDate,
            reviewConferenceId, recordedBy, now, receivingConferenceOn);
        EndDate = endDate;
        NextReviewDue = null;
        NextCoreGroupDue = null;
        Status = PlanStatus.Ended;
    }
}

public static class PlanStatus
{
    public const string Active = "active";
    public const string Ended = "ended";
}

/// <summary>A review conference's result for the plan (<c>CPPreviewDate</c>).</summary>
public sealed record PlanReview(Guid ConferenceId, DateOnly ReviewedOn, string LatestCategoryOfAbuse, bool PlanContinues);

/// <summary>A core group meeting: when, who attended (practitioner or person ids), a short note and the progress on the plan's actions.</summary>
public sealed record CoreGroupMeeting(Guid Id, DateOnly HeldOn, List<Recipient> Attended, string RecordedBy, DateTimeOffset RecordedAt,
    string? Note = null, List<ActionProgress>? Progress = null)
{
    private CoreGroupMeeting() : this(default, default, [], "", default, null, []) { }
}

/// <summary>
/// How a plan ended: the date (<c>CPPendDate</c>), a reason from <see cref="PlanEndReasons"/>, whether the child
/// steps down to Family Help and who leads it there, the day the LCPP stepped away, and for a transfer the date of the
/// receiving authority's transfer-in conference.
/// </summary>
public sealed record PlanEnding(DateOnly EndDate, string ReasonCode, bool StepDownToFamilyHelp, string? FamilyHelpLeadId,
    string LcppId, DateOnly LcppSteppedAwayOn, Guid? ReviewConferenceId, string RecordedBy, DateTimeOffset RecordedAt,
    DateOnly? ReceivingConferenceOn = null);
