namespace Macpt.FamilyNetworks.Domain;

/// <summary>
/// A family network meeting as held: who of the network came and what each offers, whether and how the
/// child took part, and whether the family had private family time to make its plan.
/// </summary>
public sealed record FamilyNetworkMeeting(
    Guid MeetingId,
    DateOnly HeldOn,
    List<NetworkMember> NetworkMembers,
    ChildParticipation ChildParticipation,
    bool PrivateFamilyTime,
    string CoordinatorId,
    string RecordedBy,
    DateTimeOffset RecordedAt)
{
    private FamilyNetworkMeeting() : this(default, default, [], null!, false, "", "", default) { }

    public int MembersPresent => NetworkMembers.Count(m => m.Present);
}

/// <summary>Whether the child took part and how; when not, why (a code, not free text).</summary>
public sealed record ChildParticipation(bool TookPart, string How);

/// <summary>How the child took part in the meeting, or why not.</summary>
public static class ChildParticipationWays
{
    public const string Attended = "attended";
    public const string AttendedInPart = "attended-in-part";
    public const string ViewsShared = "views-shared";
    public const string Advocate = "advocate";
    public const string NotAppropriate = "not-appropriate";
    public const string TooYoung = "too-young";
    public const string Declined = "declined";

    public static IReadOnlyList<string> TookPart { get; } = [Attended, AttendedInPart, ViewsShared, Advocate];
    public static IReadOnlyList<string> DidNotTakePart { get; } = [NotAppropriate, TooYoung, Declined];
    public static IReadOnlyList<string> All { get; } = [.. TookPart, .. DidNotTakePart];
}
