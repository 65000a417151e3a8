using Macpt.FamilyNetworks.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Macpt.FamilyNetworks.Apis;

/// <summary>The family plan made at a meeting, and whether the local authority agrees it keeps the child safe.</summary>
public sealed record PlanRequest(
    DateOnly? AgreedOn,
    IReadOnlyList<SafeguardRequest?>? Safeguards,
    bool? LocalAuthorityAgrees,
    DateOnly? ReviewDue)
{
    /// <summary>The plan's terms, safeguards trimmed; the local authority's decision is the caller's (<paramref name="decisionBy"/>).</summary>
    public PlanTerms ToTerms(string decisionBy) => new(AgreedOn!.Value,
        Safeguards!.Select(s => new Safeguard(s!.Action!.Trim(), s.Responsible!.Trim(), s.When!.Trim(), s.Contingency!.Trim())).ToList(),
        LocalAuthorityAgrees!.Value, decisionBy, ReviewDue!.Value);
}

public sealed record SafeguardRequest(string? Action, string? Responsible, string? When, string? Contingency);

/// <summary>A new version of the plan; <see cref="RevisesVersion"/> is the version it replaces (a stale one answers 409).</summary>
public sealed record PlanRevisionRequest(
    int? RevisesVersion,
    DateOnly? AgreedOn,
    IReadOnlyList<SafeguardRequest?>? Safeguards,
    bool? LocalAuthorityAgrees,
    DateOnly? ReviewDue)
{
    public PlanRequest Plan => new(AgreedOn, Safeguards, LocalAuthorityAgrees, ReviewDue);
}

public sealed record PlanReviewRequest(DateOnly? ReviewedOn, DateOnly? NextReviewDue, string? Notes)
{
    public FamilyPlanReview ToReview(string reviewedBy, DateTimeOffset now) => new(ReviewedOn!.Value, reviewedBy, NextReviewDue!.Value, Notes?.Trim(), now);
}

public sealed record PlanEndRequest(DateOnly? EndedOn, string? Reason)
{
    public FamilyPlanEnding ToEnding(string endedBy, DateTimeOffset now) => new(EndedOn!.Value, Reason!, endedBy, now);
}

/// <summary>The filters of the plans list: by child, referral and status; <c>reviewDue=today-or-overdue</c> lists active plans whose review date is today or past.</summary>
public sealed record FamilyPlansQuery([FromQuery(Name = "laChildId")] string? LaChildId, [FromQuery(Name = "referralId")] Guid? ReferralId, [FromQuery(Name = "status")] string? Status, [FromQuery(Name = "reviewDue")] string? ReviewDue)
{
    public const string ReviewDueTodayOrPast = "today-or-overdue";

    public static IReadOnlyList<string> Statuses { get; } = [FamilyPlanStatus.Active, FamilyPlanStatus.Ended];

    public IQueryable<FamilyPlan> Filter(IQueryable<FamilyPlan> query, DateOnly today)
    {
        if (LaChildId is not null) query = query.Where(p => p.LaChildId == LaChildId);
        if (ReferralId is { } id) query = query.Where(p => p.ReferralId == id);
        if (Status is not null) query = query.Where(p => p.Status == Status);
        // Only an active plan is reviewed (PlanReviewDue.IsDue, as SQL).
        if (ReviewDue is not null) query = query.Where(p => p.Status == FamilyPlanStatus.Active && p.ReviewDue <= today);
        return query;
    }
}
