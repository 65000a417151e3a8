namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>The family answers an offer that was made (Children Act 1989 s.31ZA: the meeting is offered, then accepted or not).</summary>
public sealed class AnswerIsToAnOffer(FamilyNetworkMeetingRequest request) : BusinessRule("offer")
{
    public override bool IsBroken() => request.Offer is null;
    public override string Message => "The meeting has not been offered to the family yet.";
}
