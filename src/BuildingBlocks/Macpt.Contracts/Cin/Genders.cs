namespace Macpt.Contracts.Cin;

/// <summary>CIN census gender codes (<c>GenderCurrent</c>, CIN schema 2024).</summary>
public static class Genders
{
    public const string NotKnown = "0";
    public const string Male = "1";
    public const string Female = "2";
    public const string NotSpecified = "9";

    public static IReadOnlyList<string> All { get; } = [NotKnown, Male, Female, NotSpecified];

    public static bool IsValid(string? code) => code is not null && All.Contains(code);
}
