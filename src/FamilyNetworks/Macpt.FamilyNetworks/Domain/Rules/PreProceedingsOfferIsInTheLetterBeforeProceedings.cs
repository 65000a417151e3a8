using Macpt.Contracts.FamilyNetworks;

namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// Before applying for a care or supervision order the council must offer a family group decision-making
/// meeting, and the letter before proceedings must state the offer (Children Act 1989 s.31ZA, inserted by the
/// Children's Wellbeing and Schools Act 2026 s.1): the letter's date is required for a pre-proceedings offer,
/// and only for one.
/// </summary>
public sealed class PreProceedingsOfferIsInTheLetterBeforeProceedings(string stage, DateOnly? letterBeforeProceedingsOn) : IBusinessRule
{
    private bool PreProceedings => stage == FamilyNetworkStages.PreProceedings;

    public bool IsBroken() => PreProceedings != letterBeforeProceedingsOn is not null;
    public string Field => "letterBeforeProceedingsOn";
    public RuleKind Kind => RuleKind.Unprocessable;
    public string Message => PreProceedings
        ? "A pre-proceedings offer must be stated in the letter before proceedings: its date is required."
        : "Only a pre-proceedings offer is made in a letter before proceedings.";
}
