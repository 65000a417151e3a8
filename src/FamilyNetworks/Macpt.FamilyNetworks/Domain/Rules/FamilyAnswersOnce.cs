namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// The family's answer to an offer is recorded once: a family that changes its mind is offered again at the
/// next stage (family network meetings are voluntary and family-led; Families First Partnership guide).
/// </summary>
public sealed class FamilyAnswersOnce(FamilyNetworkMeetingRequest request) : BusinessRule("answer", RuleKind.Conflict)
{
    public override bool IsBroken() => request.Answer is not null;
    public override string Message => "The family has already answered: the answer to an offer is recorded once.";
}
