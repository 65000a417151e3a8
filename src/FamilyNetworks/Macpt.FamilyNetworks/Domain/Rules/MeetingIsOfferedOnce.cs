namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// A request's meeting is offered to the family once; a later stage is a new request (Families First
/// Partnership guide: the network is asked again at each stage, each a request of its own).
/// </summary>
public sealed class MeetingIsOfferedOnce(FamilyNetworkMeetingRequest request) : BusinessRule("offeredOn", RuleKind.Conflict)
{
    public override bool IsBroken() => request.Offer is not null;
    public override string Message => "The meeting has already been offered: an offer is recorded once; a later stage is a new request.";
}
