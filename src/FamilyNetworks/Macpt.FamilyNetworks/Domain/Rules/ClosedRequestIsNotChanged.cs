namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// A request closed before its meeting (the process ended, or s.31ZA: not in the child's best interests) takes no
/// offer, answer, coordinator, date or meeting: the family is asked again by a new request at a later stage (Families
/// First Partnership guide: the network is asked at each stage; Children Act 1989 s.31ZA).
/// </summary>
public sealed class ClosedRequestIsNotChanged(FamilyNetworkMeetingRequest request) : BusinessRule("status", RuleKind.Conflict)
{
    public override bool IsBroken() => request.Status == RequestStatus.Closed;
    public override string Message => "The request has been closed: a later stage is a new request.";
}
