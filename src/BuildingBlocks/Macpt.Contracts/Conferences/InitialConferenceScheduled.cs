namespace Macpt.Contracts.Conferences;

/// <summary>
/// An initial child protection conference was given a date. <see cref="Late"/> is true when the date is after
/// the target (15 working days after the strategy discussion); the reason stays in conferences.
/// </summary>
public sealed record InitialConferenceScheduled(
    Guid ConferenceId,
    Guid? EnquiryId,
    Guid? ReferralId,
    string LaChildId,
    DateOnly ScheduledFor,
    DateOnly TargetDate,
    bool Late,
    bool PreBirth);
