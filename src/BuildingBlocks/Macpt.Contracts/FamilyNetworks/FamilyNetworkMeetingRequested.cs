namespace Macpt.Contracts.FamilyNetworks;

/// <summary>A family network meeting was requested for a child at a stage (<see cref="FamilyNetworkStages"/>).</summary>
public sealed record FamilyNetworkMeetingRequested(
    Guid RequestId,
    Guid? ReferralId,
    string LaChildId,
    string Stage,
    DateTimeOffset RequestedAt);

/// <summary>The points in the process at which the family network is asked what it can do.</summary>
public static class FamilyNetworkStages
{
    public const string FamilyHelp = "family-help";
    public const string StrategyDiscussion = "strategy-discussion";
    public const string Section47 = "section-47";
    public const string PreConference = "pre-conference";
    public const string PreProceedings = "pre-proceedings";

    public static readonly IReadOnlyList<string> All = [FamilyHelp, StrategyDiscussion, Section47, PreConference, PreProceedings];
}
