namespace Macpt.Referrals.Apis;

/// <summary>The filters of the decision queue, checked before any query runs.</summary>
public sealed record ReferralQuery(string Status, string? Due, int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const string DueToday = "today";
    public const string Overdue = "overdue";
    public const string DueTodayOrOverdue = "today-or-overdue";
    public const string AnyStatus = "all";

    private static readonly string[] Statuses = [ReferralStatus.AwaitingDecision, ReferralStatus.Decided, AnyStatus];
    private static readonly string[] DueFilters = [DueToday, Overdue, DueTodayOrOverdue];

    public Dictionary<string, string[]> Check()
    {
        var errors = new Dictionary<string, string[]>();
        if (!Statuses.Contains(Status)) errors["status"] = [$"The status must be one of: {string.Join(", ", Statuses)}."];
        if (Due is not null && !DueFilters.Contains(Due)) errors["due"] = [$"The due filter must be one of: {string.Join(", ", DueFilters)}."];
        if (Page < 1) errors["page"] = ["Pages start at 1."];
        else if ((long)(Page - 1) * PageSize > int.MaxValue) errors["page"] = ["The page is beyond the end of any list."];
        if (PageSize is < 1 or > MaxPageSize) errors["pageSize"] = [$"The page size must be 1 to {MaxPageSize}."];
        return errors;
    }
}

public sealed record ReferralSummary(Guid Id, string LaChildId, string ReferralSource, DateTimeOffset ReceivedAt, DateOnly DecisionDueBy,
    string Status, bool IsOverdue, bool IsReReferral, Guid? HouseholdId);

public sealed record ReferralPage(IReadOnlyList<ReferralSummary> Items, int Page, int PageSize, int Total);
