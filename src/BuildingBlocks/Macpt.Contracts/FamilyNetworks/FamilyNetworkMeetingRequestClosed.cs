namespace Macpt.Contracts.FamilyNetworks;

/// <summary>
/// A request for a family network meeting was closed before its meeting was held (<see cref="ReasonCode"/>, one of
/// <see cref="MeetingRequestClosureReasons"/>): no meeting follows it. Who was offered stays in family networks.
/// </summary>
public sealed record FamilyNetworkMeetingRequestClosed(
    Guid RequestId,
    Guid? ReferralId,
    string LaChildId,
    string Stage,
    DateOnly ClosedOn,
    string ReasonCode);

/// <summary>Why a request was closed: the process it served ended, or (s.31ZA) the meeting would not be in the child's best interests.</summary>
public static class MeetingRequestClosureReasons
{
    /// <summary>A Section 47 enquiry concluded that no initial conference is needed.</summary>
    public const string Section47NoConference = "section-47-no-conference";
    /// <summary>An initial conference decided that no child protection plan is needed.</summary>
    public const string ConferenceNoPlan = "conference-no-plan";
    /// <summary>The child protection plan ended.</summary>
    public const string PlanEnded = "plan-ended";
    /// <summary>The local authority decided a family group decision-making meeting is not in the child's best interests (Children Act 1989 s.31ZA).</summary>
    public const string NotInTheChildsBestInterests = "not-in-the-childs-best-interests";

    public static IReadOnlyList<string> All { get; } = [Section47NoConference, ConferenceNoPlan, PlanEnded, NotInTheChildsBestInterests];
}
