using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// The conference is chaired by an LCPP independent of the case: not the allocated social worker and not their
/// line manager (Working Together 2023, ch. 4). Without the case team recorded independence cannot be shown, so
/// no chair is accepted. Judged when the chair is arranged (<c>chairId</c>) and when the case team changes under
/// an arranged chair (<c>socialWorkerId</c>).
/// </summary>
public sealed class ChairIsIndependentOfTheCase(string chairId, CaseTeam? team, string field = "chairId") : BusinessRule(field)
{
    public override bool IsBroken() =>
        team is null
        || string.Equals(chairId, team.SocialWorkerId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(chairId, team.LineManagerId, StringComparison.OrdinalIgnoreCase);

    public override string Message => team is null
        ? "Record the case team first, so that the chair's independence can be checked."
        : "The chair must be independent of the case: not the allocated social worker or their line manager.";
}
