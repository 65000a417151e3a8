namespace Macpt.Enquiries.Apis;

public sealed record ConveneRequest(DateTimeOffset? ScheduledFor, string? ChairId, IReadOnlyList<AttendeeRequest?>? Attendees);

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
