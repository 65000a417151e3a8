using Macpt.WorkingDays;

namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>The meeting is offered on or after the day it was asked for (London). Source: local recording practice.</summary>
public sealed class OfferIsNotBeforeTheRequest(FamilyNetworkMeetingRequest request, DateOnly offeredOn) : BusinessRule("offeredOn")
{
    public override bool IsBroken() => offeredOn < LondonClock.ToLondonDate(request.RequestedAt);
    public override string Message => "The offer is dated before the meeting was asked for.";
}
