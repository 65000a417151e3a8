namespace Macpt.Contracts.Advocacy;

/// <summary>
/// An advocate no longer acts for a parent (<see cref="ReasonCode"/>, one of <see cref="AdvocacyEndReasons"/>): from this moment no service
/// invites them for that parent.
/// </summary>
public sealed record AdvocacyEnded(
    Guid AllocationId,
    Guid ParentId,
    Guid AdvocateId,
    Guid? ReferralId,
    string LaChildId,
    DateTimeOffset EndedAt,
    string ReasonCode);

public static class AdvocacyEndReasons
{
    public const string ConsentWithdrawn = "consent-withdrawn";
    public const string AdvocateLeft = "advocate-left";
    public const string EpisodeEnded = "episode-ended";

    public static readonly IReadOnlyList<string> All = [ConsentWithdrawn, AdvocateLeft, EpisodeEnded];
}
