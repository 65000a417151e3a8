using Macpt.Referrals.Domain;
using Macpt.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Macpt.Referrals.Apis;

/// <summary>The filters of the decision queue (<c>?status=&amp;due=</c>), checked before any query runs; paging is a <c>PageQuery</c>.</summary>
public sealed record ReferralQuery([FromQuery(Name = "status")] string? Status = null, [FromQuery(Name = "due")] string? Due = null)
{
    public const string DueToday = "today";
    public const string Overdue = "overdue";
    public const string DueTodayOrOverdue = "today-or-overdue";
    public const string AnyStatus = "all";

    public static IReadOnlyList<string> Statuses { get; } = [ReferralStatus.AwaitingDecision, ReferralStatus.Decided, AnyStatus];
    public static IReadOnlyList<string> DueFilters { get; } = [DueToday, Overdue, DueTodayOrOverdue];

    /// <summary>Awaiting a decision unless asked otherwise.</summary>
    public string StatusOrDefault => Status ?? ReferralStatus.AwaitingDecision;

    public bool Check(RequestErrors errors)
    {
        var status = errors.OneOf("status", StatusOrDefault, Statuses);
        return errors.OptionalOneOf("due", Due, DueFilters) && status;
    }

    /// <summary>The referrals the filters keep; "due" is judged against London's <paramref name="today"/>.</summary>
    public IQueryable<Referral> Apply(IQueryable<Referral> referrals, DateOnly today)
    {
        referrals = StatusOrDefault switch
        {
            ReferralStatus.AwaitingDecision => referrals.Where(r => r.Decision == null),
            ReferralStatus.Decided => referrals.Where(r => r.Decision != null),
            _ => referrals,
        };
        return Due switch
        {
            DueToday => referrals.Where(r => r.DecisionDueBy == today),
            Overdue => referrals.Where(r => r.DecisionDueBy < today),
            DueTodayOrOverdue => referrals.Where(r => r.DecisionDueBy <= today),
            _ => referrals,
        };
    }
}

public sealed record ReferralSummary(Guid Id, string LaChildId, string ReferralSource, DateTimeOffset ReceivedAt, DateOnly DecisionDueBy,
    string Status, bool IsOverdue, bool IsReReferral, Guid? HouseholdId)
{
    public static ReferralSummary From(Referral r, DateOnly today) => new(r.Id, r.LaChildId, r.ReferralSource, r.ReceivedAt, r.DecisionDueBy,
        ReferralStatus.Of(r), !r.IsDecided && r.DecisionDueBy < today, r.IsReReferral, r.HouseholdId);
}
