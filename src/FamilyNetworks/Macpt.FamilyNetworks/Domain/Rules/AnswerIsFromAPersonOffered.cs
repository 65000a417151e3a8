namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// An answer is a person's who was offered the meeting (Children Act 1989 s.31ZA(1): the offer is made to each person with
/// parental responsibility, and each may accept it). Follows <see cref="AnswerIsToAnOffer"/>.
/// </summary>
public sealed class AnswerIsFromAPersonOffered(FamilyNetworkMeetingRequest request, Guid personId) : BusinessRule("personId")
{
    public override bool IsBroken() => request.Offer is { } offer && offer.OfferedTo.All(p => p.PersonId != personId);
    public override string Message => "The answer names no one the meeting was offered to.";
}
