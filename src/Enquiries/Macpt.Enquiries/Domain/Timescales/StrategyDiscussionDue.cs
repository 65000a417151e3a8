using Macpt.Contracts.Referrals;
using Macpt.WorkingDays;

namespace Macpt.Enquiries.Domain.Timescales;

/// <summary>When a strategy discussion is due: at once for immediate protection, else the local target.</summary>
public static class StrategyDiscussionDue
{
    public static (string Urgency, DateOnly DueBy) For(string decision, DateTimeOffset decidedAt, StrategyDiscussionTargets targets, WorkingDayCalendar calendar)
    {
        var decidedOn = LondonClock.ToLondonDate(decidedAt);
        return decision == ReferralDecisionTypes.ImmediateProtection
            ? (StrategyDiscussionUrgency.Immediate, decidedOn)
            : (StrategyDiscussionUrgency.Standard, calendar.AddWorkingDays(decidedOn, targets.StandardWorkingDays));
    }

    /// <summary>For a discussion an LCPP convenes directly, at the urgency they judge.</summary>
    public static DateOnly ForUrgency(string urgency, DateTimeOffset requestedAt, StrategyDiscussionTargets targets, WorkingDayCalendar calendar)
    {
        var requestedOn = LondonClock.ToLondonDate(requestedAt);
        return urgency == StrategyDiscussionUrgency.Immediate ? requestedOn : calendar.AddWorkingDays(requestedOn, targets.StandardWorkingDays);
    }
}
