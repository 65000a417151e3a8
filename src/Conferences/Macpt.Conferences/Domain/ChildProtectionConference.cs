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
    public string LaChildId { get; private init; } = "";
    public bool PreBirth { get; private init; }
    /// <summary>For a review conference, the plan it reviews.</summary>
    public Guid? PlanId { get; private init; }
    public DateOnly TargetDate { get; private init; }
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
    /// <summary>For a review conference, the category of abuse it set and whether the plan continues.</summary>
    public string? LatestCategoryOfAbuse { get; private set; }
    public ConferenceRecord? Record { get; private set; }
    public DateOnly? RecordDistributedOn { get; private set; }
    public uint Version { get; private set; }

    public bool IsHeld => Outcome is not null;

    public static ChildProtectionConference Initial(Guid id, Guid? enquiryId, Guid? referralId, string laChildId, bool preBirth,
        DateOnly targetDate, DateTimeOffset now) => new()
        {
            Id = id,
            Kind = ConferenceKinds.Initial,
            EnquiryId = enquiryId,
            ReferralId = referralId,
            LaChildId = laChildId,
            PreBirth = preBirth,
            TargetDate = targetDate,
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
    public void HoldInitial(ConferenceOutcome outcome, PlanDecision? decision, WorkingDayCalendar calendar)
    {
        CheckCanBeHeld(outcome.HeldOn);
        if (decision is not null)
        {
            Rule.Check(new FirstCoreGroupMeetsInTime(decision.FirstCoreGroupOn, outcome.HeldOn, calendar),
                new FirstReviewIsInTime(decision.FirstReviewOn, outcome.HeldOn, calendar),
                new ConferenceIsOnAWorkingDay(decision.FirstReviewOn, calendar, "plan.firstReviewOn"),
                new CoreGroupHasKeyWorkerAndLcpp(decision.CoreGroup, CaseTeam?.LcppId));
        }
        Held(outcome, decision, null);
    }

    /// <summary>Holds a review conference, which sets the latest category of abuse; the plan records the review itself.</summary>
    public void HoldReview(ConferenceOutcome outcome, string latestCategoryOfAbuse)
    {
        CheckCanBeHeld(outcome.HeldOn);
        Held(outcome, null, latestCategoryOfAbuse);
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

public static class ConferenceStatus
{
    public const string ToArrange = "to-arrange";
    public const string Scheduled = "scheduled";
    public const string Held = "held";
    public const string Cancelled = "cancelled";

    public static IReadOnlyList<string> All { get; } = [ToArrange, Scheduled, Held, Cancelled];
}
