using Macpt.WorkingDays;

namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>A coordinator is allocated on or after the day the meeting was asked for (London). Source: local recording practice.</summary>
public sealed class CoordinatorIsNotAllocatedBeforeTheRequest(FamilyNetworkMeetingRequest request, DateOnly allocatedOn) : BusinessRule("allocatedOn")
{
    public override bool IsBroken() => allocatedOn < LondonClock.ToLondonDate(request.RequestedAt);
    public override string Message => "The allocation is dated before the meeting was asked for.";
}
