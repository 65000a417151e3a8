namespace Macpt.Enquiries.Domain;

/// <summary>
/// The threshold decision: is there reasonable cause to suspect the child is suffering, or likely to
/// suffer, significant harm (Children Act 1989 s.47)? With the reasons, who attended, the immediate
/// safety actions and whether a family network meeting should be offered now.
/// </summary>
public sealed record StrategyDiscussionOutcome(
    DateOnly HeldOn,
    bool ThresholdMet,
    string Reasons,
    List<Attendee> Attended,
    List<SafetyAction> SafetyActions,
    bool OfferFamilyNetworkMeeting,
    string RecordedBy,
    DateTimeOffset RecordedAt)
{
    private StrategyDiscussionOutcome() : this(default, false, "", [], [], false, "", default) { }
}

/// <summary>An immediate safety action, owned by an agency, due by a date.</summary>
public sealed record SafetyAction(string Action, string OwnerAgency, DateOnly DueBy);
