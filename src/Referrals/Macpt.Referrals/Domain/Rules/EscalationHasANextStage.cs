using Macpt.Referrals.Domain.Escalations;
using Macpt.Rules;

namespace Macpt.Referrals.Domain.Rules;

/// <summary>
/// An escalation goes one stage at a time, and the partnership's last stage is the last: a disagreement still not
/// settled there is resolved with its outcome recorded (timescales.md §5; the stages are <see cref="EscalationPolicy"/>).
/// </summary>
public sealed class EscalationHasANextStage(string current, EscalationStageRule? next) : BusinessRule("stage", RuleKind.Conflict)
{
    public override bool IsBroken() => next is null;
    public override string Message => $"'{current}' is the last stage of the escalation policy; record the outcome instead.";
}
