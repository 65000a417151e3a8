namespace Macpt.Enquiries.Apis;

public sealed record ConveneRequest(DateTimeOffset? ScheduledFor, string? ChairId, IReadOnlyList<AttendeeRequest?>? Attendees,
    IReadOnlyList<Guid>? DiscussedWith = null);

/// <summary>An LCPP convenes a discussion for a child already known: a new concern on an open case.</summary>
public sealed record NewStrategyDiscussionRequest(string? LaChildId, Guid? ReferralId, string? Urgency, string? Concern, string? RequestedBy);

public sealed record AttendeeRequest(string? Agency, string? Role, string? PractitionerId);

public sealed record OutcomeRequest(
    DateOnly? HeldOn,
    bool? ThresholdMet,
    string? Reasons,
    IReadOnlyList<AttendeeRequest?>? Attended,
    IReadOnlyList<SafetyActionRequest?>? SafetyActions,
    bool? OfferFamilyNetworkMeeting,
    string? RecordedBy);

public sealed record SafetyActionRequest(string? Action, string? OwnerAgency, DateOnly? DueBy);
