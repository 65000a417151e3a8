using Macpt.Rules;

namespace Macpt.Referrals.Domain.Rules;

/// <summary>
/// A case consultation's advice is recorded once, so what the practitioner was told stays on the record; new advice
/// is a new consultation (DfE, Multi-agency child protection teams policy paper: consultation is a MACPT function).
/// </summary>
public sealed class ConsultationIsAdvisedOnce(CaseConsultation consultation) : BusinessRule("advice", RuleKind.Conflict)
{
    public override bool IsBroken() => consultation.Advice is not null;
    public override string Message => "Advice has already been recorded; a consultation's advice is recorded once, so ask a new consultation for new advice.";
}
