namespace Macpt.Contracts.Conferences;

/// <summary>
/// The birth of a child who was the subject of a pre-birth conference was recorded: the unborn record
/// (<see cref="UnbornLaChildId"/>) is linked to the child's LA id (the same or a new one) and date of birth.
/// </summary>
public sealed record UnbornChildBorn(
    string UnbornLaChildId,
    string LaChildId,
    DateOnly DateOfBirth);
