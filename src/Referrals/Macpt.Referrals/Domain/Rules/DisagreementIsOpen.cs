using Macpt.Referrals.Domain.Escalations;
using Macpt.Rules;

namespace Macpt.Referrals.Domain.Rules;

/// <summary>
/// A resolved disagreement stays as it ended: its outcome is the partnership's record of how it was settled
/// (timescales.md §5, seed 004). A new disagreement about the same decision is raised anew.
/// </summary>
public sealed class DisagreementIsOpen(ProfessionalDisagreement disagreement) : BusinessRule("status", RuleKind.Conflict)
{
    public override bool IsBroken() => disagreement.Outcome is not null;
    public override string Message => "This disagreement has been resolved; raise a new one to disagree again.";
}
