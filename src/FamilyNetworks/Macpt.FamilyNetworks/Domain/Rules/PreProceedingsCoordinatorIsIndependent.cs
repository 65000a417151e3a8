using Macpt.Contracts.FamilyNetworks;

namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// Before proceedings the meeting is a family group decision-making meeting with a coordinator independent of
/// the case (Families First Partnership guide: family group decision-making; Children Act 1989 s.31ZA).
/// </summary>
public sealed class PreProceedingsCoordinatorIsIndependent(string stage, bool independent) : BusinessRule("independent")
{
    public override bool IsBroken() => stage == FamilyNetworkStages.PreProceedings && !independent;
    public override string Message => "Before proceedings the coordinator must be independent of the case.";
}
