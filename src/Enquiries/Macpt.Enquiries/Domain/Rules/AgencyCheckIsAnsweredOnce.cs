using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// The agency asked answers its check once, and that answer stands as what the agency shared (Working Together
/// 2023, ch. 4); anything further is a new check or goes to the conference.
/// </summary>
public sealed class AgencyCheckIsAnsweredOnce(AgencyCheck check) : BusinessRule("answer", RuleKind.Conflict)
{
    public override bool IsBroken() => check.IsAnswered;
    public override string Message => "The check has already been answered; a check is answered once.";
}
