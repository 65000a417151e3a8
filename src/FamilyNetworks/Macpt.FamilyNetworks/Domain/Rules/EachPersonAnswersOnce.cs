namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// Each person offered the meeting answers for themselves, once (Children Act 1989 s.31ZA(1): the offer is made to each
/// parent and person with parental responsibility): someone who changes their mind is offered again at the next stage
/// (family network meetings are voluntary and family-led; Families First Partnership guide).
/// </summary>
public sealed class EachPersonAnswersOnce(FamilyNetworkMeetingRequest request, Guid personId) : BusinessRule("personId", RuleKind.Conflict)
{
    public override bool IsBroken() => request.Answers.Any(a => a.PersonId == personId);
    public override string Message => "This person has already answered: each person's answer to an offer is recorded once.";
}
