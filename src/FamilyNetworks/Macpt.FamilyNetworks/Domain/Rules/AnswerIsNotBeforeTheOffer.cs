namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>An offer is answered on or after the day it was made (Children Act 1989 s.31ZA: offered, then accepted or not). Follows <see cref="AnswerIsToAnOffer"/>.</summary>
public sealed class AnswerIsNotBeforeTheOffer(FamilyNetworkMeetingRequest request, DateOnly answeredOn) : BusinessRule("answeredOn")
{
    public override bool IsBroken() => request.Offer is { } offer && answeredOn < offer.OfferedOn;
    public override string Message => "The answer is dated before the offer.";
}
