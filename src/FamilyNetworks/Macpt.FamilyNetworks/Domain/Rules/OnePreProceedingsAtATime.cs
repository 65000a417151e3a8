namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// A child is in one pre-proceedings at a time: a new one starts after the last one's outcome (Public Law Outline
/// 2014, PD12A; census 2026-27 <c>PreProceedingsandFGDM</c> is repeatable, one block per pre-proceedings). The caller queries.
/// </summary>
public sealed class OnePreProceedingsAtATime(bool anotherIsOpen) : BusinessRule("laChildId", RuleKind.Conflict)
{
    public override bool IsBroken() => anotherIsOpen;
    public override string Message => "The child's pre-proceedings are already open: record their outcome before starting new ones.";
}
