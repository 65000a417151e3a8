using Macpt.Contracts.FamilyNetworks;

namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// Before proceedings the meeting is a family group decision-making meeting with an independent
/// coordinator (Families First Partnership guide); a coordinator is not allocated after the meeting.
/// </summary>
public static class CoordinatorRule
{
    public static RuleBreach? Check(FamilyNetworkMeetingRequest request, bool independent, DateOnly allocatedOn, DateOnly today)
    {
        if (RecordedDate.NotInFuture("allocatedOn", allocatedOn, today) is { } future) return future;
        if (allocatedOn < Macpt.WorkingDays.LondonClock.ToLondonDate(request.RequestedAt))
            return new RuleBreach("allocatedOn", "The allocation is dated before the meeting was asked for.");
        if (request.Stage == FamilyNetworkStages.PreProceedings && !independent)
            return new RuleBreach("independent", "Before proceedings the coordinator must be independent of the case.");
        return null;
    }
}
