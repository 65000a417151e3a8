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
    public string LaChildId { get; private init; } = "";
    public Guid? ReferralId { get; private init; }
    public Guid InitialConferenceId { get; private init; }
    /// <summary><c>CPPstartDate</c>: the initial conference's date.</summary>
    public DateOnly StartDate { get; private init; }
    public string InitialCategoryOfAbuse { get; private init; } = "";
    public string LatestCategoryOfAbuse { get; private set; } = "";
    public int NumberOfPreviousCpp { get; private init; }
    public OutlinePlan OutlinePlan { get; private init; } = null!;
    public List<CoreGroupMember> CoreGroup { get; private init; } = [];
    /// <summary>The allocated LCPP, who steps away when the plan ends.</summary>
    public string LcppId { get; private init; } = "";
    public string Status { get; private set; } = PlanStatus.Active;
    /// <summary>The next review conference's due date while the plan lasts.</summary>
    public DateOnly? NextReviewDue { get; private set; }
    /// <summary>The next core group meeting's due date while the plan lasts.</summary>
    public DateOnly? NextCoreGroupDue { get; private set; }
    public List<PlanReview> Reviews { get; private init; } = [];
    public List<CoreGroupMeeting> CoreGroupMeetings { get; private init; } = [];
    public DateOnly? EndDate { get; private set; }
    public PlanEnding? Ending { get; private set; }
    public DateTimeOffset CreatedAt { get; private init; }
    public uint Version { get; private set; }

    public bool IsEnded => Ending is not null;

    /// <summary>
    /// Starts the plan on the initial conference's date; <paramref name="reviewDue"/> and <paramref name="coreGroupDue"/>
    /// are the statutory latest dates (3 months; 10 working days).
    /// </summary>
    public static ChildProtectionPlan Start(Guid id, ChildProtectionConference icpc, PlanDecision decision, string lcppId,
        int numberOfPreviousCpp, DateOnly reviewDue, DateOnly coreGroupDue, DateTimeOffset now)
    {
        if (icpc.HeldOn is not { } heldOn) throw new InvalidOperationException("The initial conference has not been held.");
        return new ChildProtectionPlan
        {
            Id = id,
            LaChildId = icpc.LaChildId,
            ReferralId = icpc.ReferralId,
            InitialConferenceId = icpc.Id,
            StartDate = heldOn,
            InitialCategoryOfAbuse = decision.CategoryOfAbuse,
            LatestCategoryOfAbuse = decision.CategoryOfAbuse,
            NumberOfPreviousCpp = numberOfPreviousCpp,
            // Owned instances cannot be shared with the conference's decision: copies.
            OutlinePlan = new OutlinePlan(decision.OutlinePlan.Outcomes.Select(o => o with { }).ToList(), decision.OutlinePlan.Actions.Select(a => a with { }).ToList()),
            CoreGroup = decision.CoreGroup.Select(m => m with { }).ToList(),
            LcppId = lcppId,
            NextReviewDue = reviewDue,
            NextCoreGroupDue = coreGroupDue,
            CreatedAt = now,
        };
    }

    /// <summary>A review conference's result; <paramref name="nextReviewDue"/> is null when the plan ends.</summary>
    public void RecordReview(PlanReview review, DateOnly? nextReviewDue)
    {
        EnsureActive();
        if (Rules.ReviewAfterPlanStart.IsBroken(review.ReviewedOn, StartDate)) throw new InvalidOperationException(Rules.ReviewAfterPlanStart.Message);
        Reviews.Add(review);
        LatestCategoryOfAbuse = review.LatestCategoryOfAbuse;
        NextReviewDue = nextReviewDue;
    }

    public void RecordCoreGroup(CoreGroupMeeting meeting, DateOnly nextDue)
    {
        EnsureActive();
        CoreGroupMeetings.Add(meeting);
        NextCoreGroupDue = nextDue;
    }

    public void End(PlanEnding ending)
    {
        EnsureActive();
        if (Rules.PlanEndsAfterStart.IsBroken(ending.EndDate, StartDate)) throw new InvalidOperationException(Rules.PlanEndsAfterStart.Message);
        Ending = ending;
        EndDate = ending.EndDate;
        NextReviewDue = null;
        NextCoreGroupDue = null;
        Status = PlanStatus.Ended;
    }

    private void EnsureActive()
    {
        if (IsEnded) throw new InvalidOperationException("The plan has ended.");
    }
}

public static class PlanStatus
{
    public const string Active = "active";
    public const string Ended = "ended";
}

/// <summary>A review conference's result for the plan (<c>CPPreviewDate</c>).</summary>
public sealed record PlanReview(Guid ConferenceId, DateOnly ReviewedOn, string LatestCategoryOfAbuse, bool PlanContinues);

/// <summary>A core group meeting: when, and who attended (practitioner or person ids).</summary>
public sealed record CoreGroupMeeting(Guid Id, DateOnly HeldOn, List<Recipient> Attended, string RecordedBy, DateTimeOffset RecordedAt)
{
    private CoreGroupMeeting() : this(default, default, [], "", default) { }
}

/// <summary>
/// How a plan ended: the date (<c>CPPendDate</c>), a reason from <see cref="PlanEndReasons"/>, whether the child
/// steps down to Family Help and who leads it there, and the day the LCPP stepped away.
/// </summary>
public sealed record PlanEnding(DateOnly EndDate, string ReasonCode, bool StepDownToFamilyHelp, string? FamilyHelpLeadId,
    string LcppId, DateOnly LcppSteppedAwayOn, Guid? ReviewConferenceId, string RecordedBy, DateTimeOffset RecordedAt);
