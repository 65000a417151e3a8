namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// The conference is chaired by an LCPP independent of the case: not the allocated social worker and not
/// their line manager (Working Together 2023, ch. 4). Without the case team recorded independence cannot
/// be shown, so no chair is accepted.
/// </summary>
public static class ChairIndependence
{
    public const string Message = "The chair must be independent of the case: not the allocated social worker or their line manager.";
    public const string NoCaseTeamMessage = "Record the case team first, so that the chair's independence can be checked.";

    public static bool IsBroken(string chairId, CaseTeam? team) =>
        team is null
        || string.Equals(chairId, team.SocialWorkerId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(chairId, team.LineManagerId, StringComparison.OrdinalIgnoreCase);
}
