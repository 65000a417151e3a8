namespace Macpt.Enquiries.Domain;

/// <summary>
/// The threshold decision: is there reasonable cause to suspect the child is suffering, or likely to
/// suffer, significant harm (Children Act 1989 s.47)? With the reasons, who attended, the immediate
/// safety actions and whether a family network meeting should be offered now. <see cref="HeldBy"/> says who held it:
/// the MACPT, or out of hours the emergency duty team or the police (<see cref="StrategyDiscussionHeldBy"/>).
/// </summary>
public sealed record StrategyDiscussionOutcome(
    DateOnly HeldOn,
    bool ThresholdMet,
    string Reasons,
    List<Attendee> Attended,
    List<SafetyAction> SafetyActions,
    bool OfferFamilyNetworkMeeting,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    string HeldBy = StrategyDiscussionHeldBy.Macpt)
{
    private StrategyDiscussionOutcome() : this(default, false, "", [], [], false, "", default) { }

    public bool IsOutOfHours => HeldBy != StrategyDiscussionHeldBy.Macpt;
}

/// <summary>
/// Who held a strategy discussion: the MACPT in its hours, or out of hours (at night or at a weekend) the council's
/// emergency duty team or the police (shared/domain/timescales.md §5 "Out-of-hours").
/// </summary>
public static class StrategyDiscussionHeldBy
{
    public const string Macpt = "macpt";
    public const string EmergencyDutyTeam = "emergency-duty-team";
    public const string Police = Contracts.Agencies.Police;

    public static IReadOnlyList<string> All { get; } = [Macpt, EmergencyDutyTeam, Police];
}

/// <summary>An immediate safety action, owned by an agency, due by a date.</summary>
public sealed record SafetyAction(string Action, string OwnerAgency, DateOnly DueBy);
