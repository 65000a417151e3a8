namespace Macpt.Referrals.Domain;

/// <summary>The child as referred. Personal data: never logged, never in an event.</summary>
public sealed record Child(
    string? FirstName,
    string? LastName,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    string Gender)
{
    public bool IsUnborn => DateOfBirth is null && ExpectedDateOfBirth is not null;
}
