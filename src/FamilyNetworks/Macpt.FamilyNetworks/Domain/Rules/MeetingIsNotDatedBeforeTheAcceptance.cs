namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// A meeting's date (which may be in the future) is on or after the day it was first accepted: it is
/// arranged with the family, not before them (Families First Partnership guide). Assumes an accepted offer.
/// </summary>
public sealed class MeetingIsNotDatedBeforeTheAcceptance(FamilyNetworkMeetingRequest request, DateOnly scheduledFor) : BusinessRule("scheduledFor")
{
    public override bool IsBroken() => request.AcceptedOn is { } acceptedOn && scheduledFor < acceptedOn;
    public override string Message => "The meeting is dated before the family accepted it.";
}
