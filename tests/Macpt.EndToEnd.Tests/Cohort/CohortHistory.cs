using Macpt.WorkingDays;

namespace Macpt.EndToEnd.Tests.Cohort;

/// <summary>
/// One generated child's history over the census year: the dates of every step are decided when the cohort is
/// generated; the ids the services give are filled in as the cohort is driven.
/// </summary>
public sealed class CohortChild
{
    public required string LaChildId { get; init; }
    public required string FirstName { get; init; }
    public required DateOnly DateOfBirth { get; init; }
    public required string Sex { get; init; }
    public List<CohortReferral> Referrals { get; } = [];

    public override string ToString() => LaChildId;
}

/// <summary>A referral and where it led (an episode): a decision, maybe a strategy discussion and what followed.</summary>
public sealed class CohortReferral
{
    /// <summary>local-authority (the MASH front door) or a partner's portal: police, health, education.</summary>
    public required string Sender { get; init; }
    public required string ReferralSource { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public required DateOnly DecisionDueBy { get; init; }
    public required DateTimeOffset DecidedAt { get; init; }
    /// <summary>no-further-action, family-help or strategy-discussion.</summary>
    public required string Decision { get; init; }
    /// <summary>An earlier referral of the same child within the 12 months before this one's receipt.</summary>
    public required bool IsReReferral { get; init; }
    public CohortDiscussion? Discussion { get; init; }

    public DateOnly ReceivedOn => LondonClock.ToLondonDate(ReceivedAt);
    public DateOnly DecidedOn => LondonClock.ToLondonDate(DecidedAt);
    public Guid Id { get; set; }
}

public sealed class CohortDiscussion
{
    public required DateOnly DueBy { get; init; }
    public required DateOnly HeldOn { get; init; }
    public required bool ThresholdMet { get; init; }
    public CohortEnquiry? Enquiry { get; init; }
    public Guid Id { get; set; }
}

public sealed class CohortEnquiry
{
    public required DateOnly StartDate { get; init; }
    public required DateOnly Target { get; init; }
    public List<CohortCheck> Checks { get; } = [];
    public required DateOnly CompletedOn { get; init; }
    public required bool ConferenceRequired { get; init; }
    public CohortNetworkOffer? NetworkOffer { get; init; }
    /// <summary>Only on a child's last enquiry: a registered parent is offered again, by the service's own clock, in every later episode.</summary>
    public CohortAdvocacy? Advocacy { get; set; }
    public CohortConference? Conference { get; init; }
    public Guid Id { get; set; }
}

public sealed class CohortCheck
{
    public required string Agency { get; init; }
    public string? Service { get; init; }
    public required DateOnly RequestedOn { get; init; }
    public required DateOnly DueOn { get; init; }
    public required DateOnly AnsweredOn { get; init; }
    public Guid Id { get; set; }
}

/// <summary>A family network meeting offered (to one parent) at the Section 47 stage, and the answer.</summary>
public sealed class CohortNetworkOffer
{
    public required DateOnly OfferedOn { get; init; }
    public required DateOnly AnsweredOn { get; init; }
    public required bool Accepted { get; init; }
    public Guid RequestId { get; set; }
    public Guid PersonId { get; set; }
}

/// <summary>A parent registered during the Section 47 enquiry, so offered an advocate that day, and the answer.</summary>
public sealed class CohortAdvocacy
{
    public required DateOnly OfferedOn { get; init; }
    public required DateOnly AnswerDueBy { get; init; }
    public required DateOnly AnsweredOn { get; init; }
    public required bool Accepted { get; init; }
    public Guid OfferId { get; set; }
}

public sealed class CohortConference
{
    public required DateOnly ArrangedOn { get; init; }
    public required DateOnly Date { get; init; }
    public required DateOnly Target { get; init; }
    public CohortPlan? Plan { get; init; }
    public Guid Id { get; set; }
}

public sealed class CohortPlan
{
    public required string Category { get; init; }
    public required DateOnly StartDate { get; init; }
    public required DateOnly FirstCoreGroupDue { get; init; }
    /// <summary>The plan's first review date as the initial conference sets it (within 3 months, a working day).</summary>
    public required DateOnly FirstReviewOn { get; init; }
    public List<CohortCoreGroup> CoreGroups { get; } = [];
    public List<CohortReview> Reviews { get; } = [];
    public DateOnly? EndedOn => Reviews.LastOrDefault(r => !r.Continues)?.HeldOn;
    public Guid Id { get; set; }
}

public sealed record CohortCoreGroup(DateOnly DueBy, DateOnly HeldOn);

public sealed class CohortReview
{
    public required DateOnly Due { get; init; }
    public required DateOnly ArrangedOn { get; init; }
    public required DateOnly HeldOn { get; init; }
    public required bool Continues { get; init; }
    public bool StepDown { get; init; }
    public Guid ConferenceId { get; set; }
}
