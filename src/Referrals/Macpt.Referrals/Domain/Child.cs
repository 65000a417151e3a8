namespace Macpt.Referrals.Domain;

/// <summary>The child as referred. Personal data: never logged, never in an event.</summary>
public sealed record Child(
    string? FirstName,
    string? LastName,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    /// <summary>The CIN census Sex code (M, F, U).</summary>
    string Sex,
    string Ethnicity,
    string? NhsNumber,
    string? Upn,
    Address? Address,
    string? Language,
    bool InterpreterNeeded)
{
    // For EF Core: an owned Address cannot be bound through the constructor.
    private Child() : this(null, null, null, null, "", "", null, null, null, null, false) { }

    public bool IsUnborn => DateOfBirth is null && ExpectedDateOfBirth is not null;
}
