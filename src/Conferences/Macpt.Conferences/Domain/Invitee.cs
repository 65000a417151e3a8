namespace Macpt.Conferences.Domain;

/// <summary>
/// Someone invited to a conference, by id only (a practitioner id, or the id another service gave a
/// parent or family member): <see cref="Kind"/> is one of <see cref="InviteeKinds"/>; agencies say which.
/// </summary>
public sealed record Invitee(string Kind, string PersonId, string? Agency);

public static class InviteeKinds
{
    public const string Parent = "parent";
    /// <summary>Someone else with parental responsibility.</summary>
    public const string ParentalResponsibility = "parental-responsibility";
    /// <summary>The child, where old enough to take part.</summary>
    public const string Child = "child";
    public const string Advocate = "advocate";
    public const string Agency = "agency";
    public const string FamilyNetwork = "family-network";

    public static IReadOnlyList<string> All { get; } = [Parent, ParentalResponsibility, Child, Advocate, Agency, FamilyNetwork];
}
