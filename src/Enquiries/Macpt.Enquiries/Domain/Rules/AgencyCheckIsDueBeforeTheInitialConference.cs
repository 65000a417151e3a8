using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// The agencies' answers are needed before the initial child protection conference, held within 15 working
/// days of the strategy discussion (Working Together 2023, ch. 4), so a check is not due after the ICPC target.
/// Once the target has passed (the conference is late already) any date from today is allowed.
/// </summary>
public sealed class AgencyCheckIsDueBeforeTheInitialConference(DateOnly dueOn, DateOnly today, DateOnly initialConferenceTarget)
    : BusinessRule("dueOn", RuleKind.Unprocessable)
{
    public override bool IsBroken() => dueOn > initialConferenceTarget && initialConferenceTarget >= today;
    public override string Message => "The check would be due after the initial conference target; answers are needed before it.";
}
