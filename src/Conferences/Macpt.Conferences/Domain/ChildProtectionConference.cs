using Macpt.Conferences.Domain.Rules;
using Macpt.Conferences.Domain.Timescales;
using Macpt.Contracts.Conferences;
using Macpt.Rules;
using Macpt.WorkingDays;

namespace Macpt.Conferences.Domain;

/// <summary>
/// An initial or review child protection conference about one child. An initial conference
/// (ICPC) is created when a Section 47 enquiry completes needing one, or by an LCPP for an unborn
/// child; a review conference is created when a plan starts or continues. <see cref="TargetDate"/>
/// is when it is due: 15 working days after the strategy discussion for an ICPC, 3 then 6 months for reviews
/// (<see cref="ReviewConferenceDue"/>). Each change checks its own rules (<see cref="Rules"/>).
/// </summary>
public sealed class ChildProtectionConference
{
    private ChildProtectionConference() { }

    public Guid Id { get; private init; }
    /// <summary>One of <see cref="ConferenceKinds"/>.</summary>
    public string Kind { get; private init; } = "";
    public Guid? EnquiryId { get; private init; }
    public Guid? ReferralId { get; private init; }
    /// <summary>The child's LA id; for an unborn child, the unborn record's until the birth links it to the child's (<see cref="RecordBirth"/>).</summary>
    public string LaChildId { get; private set; } = "";
    public bool PreBirth { get; private init; }
    /// <summary>For a pre-birth conference, the expected date of birth, when known.</summary>
    public DateOnly? ExpectedDateOfBirth { get; private init; }
    /// <summary>For a pre-birth conference, the child's date of birth once the birth is recorded.</summary>
    public DateOnly? ChildBornOn { get; private set; }
    /// <summary>For a transfer-in conference, the notification from the authority whose plan the child was on.</summary>
    public TransferIn? TransferIn { get; private init; }
    /// <summary>For a review conference, the plan it reviews.</summary>
    public Guid? PlanId { get; private init; }
    public DateOnly TargetDate { get; private set; }
    /// <summary>Each time the target was brought forward (new concerns during a plan, a birth after a pre-birth conference).</summary>
    public List<TargetChange> TargetChanges { get; private init; } = [];
    public string Status { get; private set; } = ConferenceStatus.ToArrange;
    public DateTimeOffset CreatedAt { get; private init; }
    public CaseTeam? CaseTeam { get; private set; }
    public ConferenceArrangements? Arrangements { get; private set; }
    /// <summary>The arranged date, kept as a column for the lists.</summary>
    public DateOnly? ScheduledFor { get; private set; }
    public ConferenceOutcome? Outcome { get; private set; }
    public DateOnly? HeldOn { get; private set; }
    /// <summary>For an initial conference that started a plan, what it decided for the plan.</summary>
    public PlanDecision? PlanDecision { get; private set; }
    /// <summary>For an initial conference that decided no plan, the step-down to Family Help it decided, if any.</summary>
    public FamilyHelpStepDown? StepDown { get; private set; }
    /// <summary>For a review conference, the category of abuse it set and whether the plan continues.</summary>
    public string? LatestCategoryOfAbuse { get; private set; }
    public ConferenceRecord? Record { get; private set; }
    public DateOnly? RecordDistributedOn { get; private set; }
    public uint Version { get; private set; }

    public bool IsHeld => Outcome is not null;

    public static ChildProtectionConference Initial(Guid id, Guid? enquiryId, Guid? referralId, string laChildId, bool preBirth,
        DateOnly targetDate, DateTimeOffset now, DateOnly? expectedDateOfBirth = null) => new()
        {
            Id = id,
            Kind = ConferenceKinds.Initial,
            EnquiryId = enquiryId,
            ReferralId = referralId,
            LaChildId = laChildId,
            PreBirth = preBirth,
            ExpectedDateOfBirth = preBirth ? expectedDateOfBirth : null,
            TargetDate = targetDate,
            CreatedAt = now,
        };

    /// <summary>
    /// The conference for a child on another authority's plan who has moved here, due within
    /// <see cref="TransferInConferenceDue.WorkingDays"/> working days of the notification.
    /// </summary>
    public static ChildProtectionConference TransferredIn(Guid id, Guid? referralId, string laChildId, TransferIn transfer,
        WorkingDayCalendar calendar, DateTimeOffset now) => new()
        {
            Id = id,
            Kind = ConferenceKinds.Initial,
            ReferralId = referralId,
            LaChildId = laChildId,
            TransferIn = transfer,
            TargetDate = TransferInConferenceDue.After(transfer.NotifiedOn, calendar),
            CreatedAt = now,
        };

    /// <summary>The plan's next review conference, due by the plan's <see cref="ChildProtectionPlan.NextReviewDue"/>; the case team carries over.</summary>
    public static ChildProtectionConference NextReview(Guid id, ChildProtectionPlan plan, CaseTeam? caseTeam, DateTimeOffset now) => new()
    {
        Id = id,
        Kind = ConferenceKinds.Review,
        EnquiryId = null,
        ReferralId = plan.ReferralId,
        LaChildId = plan.LaChildId,
        PlanId = plan.Id,
        TargetDate = plan.NextReviewDue ?? plan.StartDate,
        CaseTeam = caseTeam is null ? null : caseTeam with { },
        CreatedAt = now,
    };

    /// <summary>Who holds the case; refused once held, or when an arranged chair would no longer be independent of it.</summary>
    public void RecordCaseTeam(CaseTeam team)
    {
        Rule.Check(new HeldConferenceIsSettled(this, "socialWorkerId"));
        if (Arrangements is { } arranged) Rule.Check(new ChairIsIndependentOfTheCase(arranged.ChairId, team, "socialWorkerId"));
        CaseTeam = team;
    }

    /// <summary>
    /// Sets (or moves) the date, the chair and the invitees until the conference is held. The date is a working day,
    /// after the start of the plan a review reviews (<paramref name="reviewedPlanStart"/>), and after the target only
    /// with a reason, when it is counted late.
    /// </summary>
    public void Arrange(ConferenceArrangements proposed, WorkingDayCalendar calendar, DateOnly? reviewedPlanStart = null)
    {
        Rule.Check(new HeldConferenceIsSettled(this, "date"), new CancelledConferenceIsNotArranged(this),
            new ConferenceIsOnAWorkingDay(proposed.Date, calendar), new ChairIsIndependentOfTheCase(proposed.ChairId, CaseTeam),
            new LateConferenceRecordsWhy(proposed.Date, TargetDate, proposed.LateReason));
        if (reviewedPlanStart is { } planStart) Rule.Check(new ReviewIsAfterPlanStart(proposed.Date, planStart, "date"));
        var late = ConferenceLateness.IsLate(proposed.Date, TargetDate);
        Arrangements = proposed with { Late = late, LateReason = late ? proposed.LateReason!.Trim() : null };
        ScheduledFor = proposed.Date;
        Status = ConferenceStatus.Scheduled;
    }

    /// <summary>
    /// Holds an initial conference. With a plan (<paramref name="decision"/>), the first core group and the first review
    /// are within their timescales, the review on a working day, and the core group has its key worker and the allocated LCPP.
    /// </summary>
    public void HoldInitial(ConferenceOutcome outcome, PlanDecision? decision, WorkingDayCalendar calendar, FamilyHelpStepDown? stepDown = null)
    {
        CheckCanBeHeld(outcome.HeldOn);
        if (stepDown is not null) Rule.Check(new StepDownIsHandedOverOnOrAfterTheDecision(stepDown.HandoverDate, outcome.HeldOn, "stepDown.handoverDate"));
        if (decision is not null)
        {
            Rule.Check(new FirstCoreGroupMeetsInTime(decision.FirstCoreGroupOn, outcome.HeldOn, calendar),
                new FirstReviewIsInTime(decision.FirstReviewOn, outcome.HeldOn, calendar),
                new ConferenceIsOnAWorkingDay(decision.FirstReviewOn, calendar, "plan.firstReviewOn"),
                new CoreGroupHasKeyWorkerAndLcpp(decision.CoreGroup, CaseTeam?.LcppId));
        }
        Held(outcome, decision, null);
        StepDown = decision is null ? stepDown : null;
    }

    /// <summary>Holds a review conference, which sets the latest category of abuse; the plan records the review itself.</summary>
    public void HoldReview(ConferenceOutcome outcome, string latestCategoryOfAbuse)
    {
        CheckCanBeHeld(outcome.HeldOn);
        Held(outcome, null, latestCategoryOfAbuse);
    }

    /// <summary>
    /// Brings a conference not yet held forward to <paramref name="newTarget"/> (<see cref="ReviewBroughtForward"/>), keeping
    /// the change and why; a later date changes nothing, and the same source is applied once. True when the target moved.
    /// </summary>
    public bool BringForward(DateOnly newTarget, string reason, Guid? sourceId, DateTimeOffset now)
    {
        Rule.Check(new HeldConferenceIsSettled(this, "targetDate"));
        if (Status == ConferenceStatus.Cancelled || (sourceId is not null && TargetChanges.Any(t => t.SourceId == sourceId))) return false;
        if (ReviewBroughtForward.To(TargetDate, newTarget) is not { } earlier) return false;
        TargetChanges.Add(new TargetChange(TargetDate, earlier, reason, sourceId, now));
        TargetDate = earlier;
        return true;
    }

    /// <summary>The unborn child was born: the date of birth is kept and the record is linked to the child's LA id.</summary>
    public void RecordBirth(DateOnly bornOn, string childLaChildId)
    {
        ChildBornOn = bornOn;
        LaChildId = childLaChildId;
    }

    /// <summary>A review no longer needed because the plan ended another way.</summary>
    public void Cancel()
    {
        Rule.Check(new HeldConferenceIsSettled(this, "status"));
        Status = ConferenceStatus.Cancelled;
    }

    public void FinaliseRecord(string finalisedBy, DateOnly finalisedOn)
    {
        Rule.Check(new RecordFollowsTheConference(this), new RecordIsFinalisedOnce(this),
            new RecordIsFinalisedByTheChair(this, finalisedBy), new RecordIsFinalisedOnOrAfterTheConference(this, finalisedOn));
        Record = new ConferenceRecord(finalisedBy, finalisedOn, [], null);
    }

    public void DistributeRecord(IEnumerable<string> recipients, DateOnly distributedOn)
    {
        Rule.Check(new RecordIsFinalisedBeforeDistribution(this), new RecordIsDistributedOnce(this),
            new RecordIsDistributedOnOrAfterFinalising(this, distributedOn));
        Record = Record! with { DistributedTo = recipients.Select(r => new Recipient(r)).ToList(), DistributedOn = distributedOn };
        RecordDistributedOn = distributedOn;
    }

    private void CheckCanBeHeld(DateOnly heldOn) =>
        Rule.Check(new HeldConferenceIsSettled(this, "heldOn"), new ConferenceIsArrangedBeforeItIsHeld(this), new ConferenceIsHeldOnItsArrangedDate(this, heldOn));

    private void Held(ConferenceOutcome outcome, PlanDecision? decision, string? latestCategoryOfAbuse)
    {
        Outcome = outcome;
        HeldOn = outcome.HeldOn;
        PlanDecision = decision;
        LatestCategoryOfAbuse = latestCategoryOfAbuse;
        Status = ConferenceStatus.Held;
    }
}

/// <summary>A conference's target moved earlier: from, to, why (<see cref="TargetChangeReasons"/>) and the enquiry that caused it, if any.</summary>
public sealed record TargetChange(DateOnly From, DateOnly To, string Reason, Guid? SourceId, DateTimeOffset ChangedAt);

public static class TargetChangeReasons
{
    /// <summary>A Section 47 enquiry about new concerns completed needing a conference while the child is on a plan.</summary>
    public const string NewConcerns = "new-concerns";
    /// <summary>The child of a pre-birth plan was born (timescales.md T6c).</summary>
    public const string Birth = "birth";
}

/// <summary>The step-down to Family Help an initial conference decided with no plan: the Family Help lead and the handover date.</summary>
public sealed record FamilyHelpStepDown(string FamilyHelpLeadId, DateOnly HandoverDate);

/// <summary>
/// A child on another authority's plan moved here: the day this authority was notified (the transfer-in conference is
/// due within 15 working days of it), the authority (its name or code) and the plan's start there, if given.
/// </summary>
public sealed record TransferIn(DateOnly NotifiedOn, string FromAuthority, DateOnly? PreviousPlanStartDate, string RecordedBy, DateTimeOffset RecordedAt);

public static class ConferenceStatus
{
    public const string ToArrange = "to-arrange";
    public const string Scheduled = "scheduled";
    public const string Held = "held";
    public const string Cancelled = "cancelled";

    public static IReadOnlyList<string> All { get; } = [ToArrange, Scheduled, Held, Cancelled];
}
