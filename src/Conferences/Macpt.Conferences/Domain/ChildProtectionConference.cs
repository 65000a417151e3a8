using Macpt.Contracts.Conferences;

namespace Macpt.Conferences.Domain;

/// <summary>
/// An initial or review child protection conference about one child. An initial conference
/// (ICPC) is created when a Section 47 enquiry completes needing one, or by an LCPP for an unborn
/// child; a review conference is created when a plan starts or continues. <see cref="TargetDate"/>
/// is when it is due: 15 working days after the strategy discussion for an ICPC, 3 then 6 months for reviews.
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
        Id = id, Kind = ConferenceKinds.Initial, EnquiryId = enquiryId, ReferralId = referralId, LaChildId = laChildId,
        PreBirth = preBirth, TargetDate = targetDate, CreatedAt = now,
    };

    /// <summary>A review conference for a plan, due by <paramref name="dueBy"/>; the case team carries over.</summary>
    public static ChildProtectionConference Review(Guid id, ChildProtectionPlan plan, DateOnly dueBy, CaseTeam? caseTeam, DateTimeOffset now) => new()
    {
        Id = id, Kind = ConferenceKinds.Review, EnquiryId = null, ReferralId = plan.ReferralId, LaChildId = plan.LaChildId,
        PlanId = plan.Id, TargetDate = dueBy, CaseTeam = caseTeam is null ? null : caseTeam with { }, CreatedAt = now,
    };

    public void RecordCaseTeam(CaseTeam team)
    {
        EnsureNotHeld();
        CaseTeam = team;
    }

    /// <summary>Sets (or moves) the date, the chair and the invitees; not once held (see <see cref="Rules.ChairIndependence"/>).</summary>
    public void Arrange(ConferenceArrangements arrangements)
    {
        EnsureNotHeld();
        if (Status == ConferenceStatus.Cancelled) throw new InvalidOperationException("The conference was cancelled.");
        if (Rules.ChairIndependence.IsBroken(arrangements.ChairId, CaseTeam)) throw new InvalidOperationException(Rules.ChairIndependence.Message);
        Arrangements = arrangements;
        ScheduledFor = arrangements.Date;
        Status = ConferenceStatus.Scheduled;
    }

    public void Hold(ConferenceOutcome outcome, PlanDecision? planDecision, string? latestCategoryOfAbuse)
    {
        EnsureNotHeld();
        if (Arrangements is null) throw new InvalidOperationException("The conference has not been arranged.");
        Outcome = outcome;
        HeldOn = outcome.HeldOn;
        PlanDecision = planDecision;
        LatestCategoryOfAbuse = latestCategoryOfAbuse;
        Status = ConferenceStatus.Held;
    }

    /// <summary>A review no longer needed because the plan ended another way.</summary>
    public void Cancel()
    {
        EnsureNotHeld();
        Status = ConferenceStatus.Cancelled;
    }

    public void FinaliseRecord(string chairId, DateOnly finalisedOn)
    {
        if (!IsHeld) throw new InvalidOperationException("The conference has not been held.");
        if (Record is not null) throw new InvalidOperationException("The record is already finalised.");
        Record = new ConferenceRecord(chairId, finalisedOn, [], null);
    }

    public void DistributeRecord(IEnumerable<string> recipients, DateOnly distributedOn)
    {
        if (Record is null) throw new InvalidOperationException("The record is not finalised.");
        if (Record.DistributedOn is not null) throw new InvalidOperationException("The record is already distributed.");
        Record = Record with { DistributedTo = recipients.Select(r => new Recipient(r)).ToList(), DistributedOn = distributedOn };
        RecordDistributedOn = distributedOn;
    }

    private void EnsureNotHeld()
    {
        if (IsHeld) throw new InvalidOperationException("The conference has been held.");
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
