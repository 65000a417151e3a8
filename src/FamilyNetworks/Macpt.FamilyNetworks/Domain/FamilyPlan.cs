using Macpt.FamilyNetworks.Domain.Rules;

namespace Macpt.FamilyNetworks.Domain;

/// <summary>
/// The family's plan from a family network meeting: its safeguards, whether the local authority agrees
/// it keeps the child safe, and when it is next reviewed. Revising it raises <see cref="Version"/> and
/// keeps the earlier versions; ending it closes it.
/// </summary>
public sealed class FamilyPlan
{
    private FamilyPlan() { }

    public Guid Id { get; private init; }
    public Guid RequestId { get; private init; }
    public Guid MeetingId { get; private init; }
    public Guid? ReferralId { get; private init; }
    public string LaChildId { get; private init; } = "";
    public string Status { get; private set; } = "";
    public int Version { get; private set; }
    public DateOnly AgreedOn { get; private set; }
    public List<Safeguard> Safeguards { get; private set; } = [];
    public bool LocalAuthorityAgrees { get; private set; }
    public string LocalAuthorityDecisionBy { get; private set; } = "";
    public DateOnly ReviewDue { get; private set; }
    public List<FamilyPlanVersion> EarlierVersions { get; private set; } = [];
    public List<FamilyPlanReview> Reviews { get; private set; } = [];
    public FamilyPlanEnding? Ending { get; private set; }
    public DateTimeOffset CreatedAt { get; private init; }
    public uint RowVersion { get; private set; }

    /// <summary>The plan made at the request's meeting (the use case first checks <see cref="OnePlanPerMeeting"/>).</summary>
    public static FamilyPlan Agree(Guid id, FamilyNetworkMeetingRequest request, PlanTerms terms, DateTimeOffset createdAt, DateOnly today)
    {
        Rule.Check(new PlanIsMadeAtAHeldMeeting(request));
        var meeting = request.Meeting!;
        CheckDates(terms, meeting.HeldOn, today);
        return new FamilyPlan
        {
            Id = id,
            RequestId = request.Id,
            MeetingId = meeting.MeetingId,
            ReferralId = request.ReferralId,
            LaChildId = request.LaChildId,
            Status = FamilyPlanStatus.Active,
            Version = 1,
            AgreedOn = terms.AgreedOn,
            Safeguards = terms.Safeguards.ToList(),
            LocalAuthorityAgrees = terms.LocalAuthorityAgrees,
            LocalAuthorityDecisionBy = terms.LocalAuthorityDecisionBy,
            ReviewDue = terms.ReviewDue,
            CreatedAt = createdAt,
        };
    }

    /// <summary>Replaces the safeguards with a new version of the current one, keeping the one it replaces.</summary>
    public void Revise(int revisesVersion, PlanTerms terms, DateOnly today)
    {
        Rule.Check(new OnlyAnActivePlanChanges(this), new RevisionIsOfTheCurrentVersion(this, revisesVersion));
        CheckDates(terms, AgreedOn, today);
        EarlierVersions = [.. EarlierVersions, new FamilyPlanVersion(Version, AgreedOn, Safeguards.ToList(), LocalAuthorityAgrees, LocalAuthorityDecisionBy, ReviewDue)];
        Version++;
        AgreedOn = terms.AgreedOn;
        Safeguards = terms.Safeguards.ToList();
        LocalAuthorityAgrees = terms.LocalAuthorityAgrees;
        LocalAuthorityDecisionBy = terms.LocalAuthorityDecisionBy;
        ReviewDue = terms.ReviewDue;
    }

    /// <summary>Records a review that keeps the plan as it is, and when it is next reviewed.</summary>
    public void Review(FamilyPlanReview review, DateOnly today)
    {
        Rule.Check(
            new OnlyAnActivePlanChanges(this),
            new RecordedDateIsNotInTheFuture("reviewedOn", review.ReviewedOn, today),
            new ReviewIsNotBeforeThePlan(this, review.ReviewedOn),
            new NextReviewIsAfterThisOne(review.ReviewedOn, review.NextReviewDue));
        Reviews = [.. Reviews, review];
        ReviewDue = review.NextReviewDue;
    }

    public void End(FamilyPlanEnding ending, DateOnly today)
    {
        Rule.Check(
            new OnlyAnActivePlanChanges(this),
            new RecordedDateIsNotInTheFuture("endedOn", ending.EndedOn, today),
            new PlanDoesNotEndBeforeItIsAgreed(this, ending.EndedOn));
        Ending = ending;
        Status = FamilyPlanStatus.Ended;
    }

    /// <summary>A version is agreed from the meeting (or the version it replaces) to today, and reviewed after that day.</summary>
    private static void CheckDates(PlanTerms terms, DateOnly follows, DateOnly today) =>
        Rule.Check(
            new RecordedDateIsNotInTheFuture("agreedOn", terms.AgreedOn, today),
            new PlanIsNotAgreedBeforeWhatItFollows(terms.AgreedOn, follows),
            new PlanIsReviewedAfterItIsAgreed(terms.AgreedOn, terms.ReviewDue));
}

/// <summary>What a version of the plan says: when it was agreed, its safeguards, the local authority's view and who gave it, the review date.</summary>
public sealed record PlanTerms(DateOnly AgreedOn, IReadOnlyList<Safeguard> Safeguards, bool LocalAuthorityAgrees, string LocalAuthorityDecisionBy, DateOnly ReviewDue);

public static class FamilyPlanStatus
{
    public const string Active = "active";
    public const string Ended = "ended";
}

/// <summary>A version of the plan that a revision replaced.</summary>
public sealed record FamilyPlanVersion(int Version, DateOnly AgreedOn, List<Safeguard> Safeguards, bool LocalAuthorityAgrees, string LocalAuthorityDecisionBy, DateOnly ReviewDue)
{
    private FamilyPlanVersion() : this(0, default, [], false, "", default) { }
}

/// <summary>A review that found the plan still working: who reviewed it, when, and the next review date.</summary>
public sealed record FamilyPlanReview(DateOnly ReviewedOn, string ReviewedBy, DateOnly NextReviewDue, string? Notes, DateTimeOffset RecordedAt);

/// <summary>Why and when the plan ended (<see cref="FamilyPlanEndReasons"/>).</summary>
public sealed record FamilyPlanEnding(DateOnly EndedOn, string Reason, string EndedBy, DateTimeOffset RecordedAt);

public static class FamilyPlanEndReasons
{
    /// <summary>The concerns are resolved: the plan did its job.</summary>
    public const string Achieved = "achieved";
    /// <summary>The plan no longer keeps the child safe: statutory steps take over.</summary>
    public const string Broken = "broken";
    /// <summary>The family withdrew from the plan.</summary>
    public const string FamilyWithdrew = "family-withdrew";
    /// <summary>A child protection plan or proceedings took over.</summary>
    public const string Superseded = "superseded";
    public const string ChildMoved = "child-moved";

    public static IReadOnlyList<string> All { get; } = [Achieved, Broken, FamilyWithdrew, Superseded, ChildMoved];
}
