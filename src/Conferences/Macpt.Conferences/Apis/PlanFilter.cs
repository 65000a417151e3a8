using Macpt.Conferences.Domain;
using Macpt.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Macpt.Conferences.Apis;

/// <summary>The filters of the plans list (<c>?laChildId=&amp;status=&amp;review=&amp;coreGroup=</c>).</summary>
public sealed record PlanFilter([FromQuery(Name = "laChildId")] string? LaChildId, [FromQuery(Name = "status")] string? Status, [FromQuery(Name = "review")] string? Review, [FromQuery(Name = "coreGroup")] string? CoreGroup)
{
    public const string Due = "due";
    public const string Overdue = "overdue";
    /// <summary>"Due" looks this many working days ahead: time to arrange a conference or meeting.</summary>
    public const int DueWithinWorkingDays = 10;
    private static readonly IReadOnlyList<string> Statuses = [PlanStatus.Active, PlanStatus.Ended];
    private static readonly IReadOnlyList<string> Dues = [Due, Overdue];

    public void Check(RequestErrors errors)
    {
        errors.OptionalOneOf("status", Status, Statuses);
        errors.OptionalOneOf("review", Review, Dues);
        errors.OptionalOneOf("coreGroup", CoreGroup, Dues);
    }

    /// <summary>The plans kept, soonest due first when filtered by what is due, else by start; the id last, for stable pages.</summary>
    public IOrderedQueryable<ChildProtectionPlan> Apply(IQueryable<ChildProtectionPlan> query, DateOnly today, DateOnly horizon)
    {
        if (LaChildId is { } child) query = query.Where(p => p.LaChildId == child);
        if (Status is { } status) query = query.Where(p => p.Status == status);
        query = Review switch
        {
            Due => query.Where(p => p.NextReviewDue >= today && p.NextReviewDue <= horizon),
            Overdue => query.Where(p => p.NextReviewDue < today),
            _ => query,
        };
        query = CoreGroup switch
        {
            Due => query.Where(p => p.NextCoreGroupDue >= today && p.NextCoreGroupDue <= horizon),
            Overdue => query.Where(p => p.NextCoreGroupDue < today),
            _ => query,
        };
        var ordered = Review is not null ? query.OrderBy(p => p.NextReviewDue)
            : CoreGroup is not null ? query.OrderBy(p => p.NextCoreGroupDue)
            : query.OrderBy(p => p.StartDate);
        return ordered.ThenBy(p => p.Id);
    }
}
