namespace Macpt.Reporting.Domain.Projection;

/// <summary>Everything reporting projects for one child from that child's events.</summary>
public sealed record ChildProjection(
    IReadOnlyList<TimelineStep> Steps,
    IReadOnlyList<WorkItem> WorkItems,
    IReadOnlyList<ReferralFact> Referrals,
    IReadOnlyList<InitialConferenceFact> InitialConferences,
    IReadOnlyList<ReviewFact> Reviews,
    IReadOnlyList<PlanFact> Plans);
