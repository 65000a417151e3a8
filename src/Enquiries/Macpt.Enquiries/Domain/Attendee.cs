namespace Macpt.Enquiries.Domain;

/// <summary>Who takes part in a strategy discussion: an agency, the person's role and their id (never a name).</summary>
public sealed record Attendee(string Agency, string Role, string? PractitionerId);

/// <summary>The agencies that take part in strategy discussions (Working Together 2023, ch. 4).</summary>
public static class Agencies
{
    public const string LocalAuthority = "local-authority";
    public const string Police = "police";
    public const string Health = "health";
    public const string Education = "education";
    public const string Referrer = "referrer";
    public const string FamilyHelp = "family-help";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [LocalAuthority, Police, Health, Education, Referrer, FamilyHelp, Other];
}
