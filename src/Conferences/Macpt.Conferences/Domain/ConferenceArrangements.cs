namespace Macpt.Conferences.Domain;

/// <summary>
/// When and where the conference is, who chairs it (an LCPP independent of the case) and who is invited.
/// A date after the target carries the reason it is late.
/// </summary>
public sealed record ConferenceArrangements(
    DateOnly Date,
    string Mode,
    string? Venue,
    string ChairId,
    List<Invitee> Invitees,
    bool Late,
    string? LateReason,
    string ArrangedBy,
    DateTimeOffset ArrangedAt)
{
    private ConferenceArrangements() : this(default, "", null, "", [], false, null, "", default) { }
}

public static class ConferenceModes
{
    public const string InPerson = "in-person";
    public const string Online = "online";
    public const string Hybrid = "hybrid";

    public static IReadOnlyList<string> All { get; } = [InPerson, Online, Hybrid];

    /// <summary>A room is needed unless everyone joins online.</summary>
    public static bool NeedsVenue(string mode) => mode != Online;
}
