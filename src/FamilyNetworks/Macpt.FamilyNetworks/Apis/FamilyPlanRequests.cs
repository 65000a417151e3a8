namespace Macpt.FamilyNetworks.Apis;

/// <summary>The family plan made at a meeting, and whether the local authority agrees it keeps the child safe.</summary>
public sealed record PlanRequest(
    DateOnly? AgreedOn,
    IReadOnlyList<SafeguardRequest?>? Safeguards,
    bool? LocalAuthorityAgrees,
    string? LocalAuthorityDecisionBy,
    DateOnly? ReviewDue);

public sealed record SafeguardRequest(string? Action, string? Responsible, string? When, string? Contingency);

/// <summary>A new version of the plan; <see cref="RevisesVersion"/> is the version it replaces (a stale one answers 409).</summary>
public sealed record PlanRevisionRequest(
    int? RevisesVersion,
    DateOnly? AgreedOn,
    IReadOnlyList<SafeguardRequest?>? Safeguards,
    bool? LocalAuthorityAgrees,
    string? LocalAuthorityDecisionBy,
    DateOnly? ReviewDue)
{
    public PlanRequest Plan => new(AgreedOn, Safeguards, LocalAuthorityAgrees, LocalAuthorityDecisionBy, ReviewDue);
}

public sealed record PlanReviewRequest(DateOnly? ReviewedOn, string? ReviewedBy, DateOnly? NextReviewDue, string? Notes);

public sealed record PlanEndRequest(DateOnly? EndedOn, string? Reason, string? EndedBy);
