using Macpt.Referrals.Domain.Escalations;
using Macpt.Rules;

namespace Macpt.Referrals.Domain.Rules;

/// <summary>
/// Each stage of an escalation has one response, by its date (timescales.md §5, seed 004: each stage has a
/// responder and a date); what is said after it belongs to the next stage or the resolution.
/// </summary>
public sealed class EscalationStageIsAnsweredOnce(EscalationStep step) : BusinessRule("response", RuleKind.Conflict)
{
    public override bool IsBroken() => step.Response is not null;
    public override string Message => "This stage has been answered; escalate to the next stage or resolve the disagreement.";
}
