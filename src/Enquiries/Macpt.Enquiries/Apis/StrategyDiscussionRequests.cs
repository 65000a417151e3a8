using Microsoft.AspNetCore.Mvc;

namespace Macpt.Enquiries.Apis;

public sealed record ConveneRequest(DateTimeOffset? ScheduledFor, string? ChairId, IReadOnlyList<AttendeeRequest?>? Attendees,
    IReadOnlyList<Guid>? DiscussedWith = null);

/// <summary>An LCPP convenes a discussion for a child already known: a new concern on an open case. The LCPP is the token's actor;
/// <see cref="ExpectedDateOfBirth"/> is given for an unborn child.</summary>
public sealed record NewStrategyDiscussionRequest(string? LaChildId, Guid? ReferralId, string? Urgency, string? Concern, DateOnly? ExpectedDateOfBirth = null);

public sealed record AttendeeRequest(string? Agency, string? Role, string? PractitionerId);

/// <summary>
/// The threshold decision; the LCPP recording it is the token's actor (the attendees are other people, named here).
/// <see cref="HeldBy"/> is <c>emergency-duty-team</c> or <c>police</c> for a discussion held out of hours and recorded
/// on the next working day (dated <see cref="HeldOn"/>, the day it was held); left out, the MACPT held it.
/// </summary>
public sealed record OutcomeRequest(
    DateOnly? HeldOn,
    bool? ThresholdMet,
    string? Reasons,
    IReadOnlyList<AttendeeRequest?>? Attended,
    IReadOnlyList<SafetyActionRequest?>? SafetyActions,
    bool? OfferFamilyNetworkMeeting,
    string? HeldBy = null);

public sealed record SafetyActionRequest(string? Action, string? OwnerAgency, DateOnly? DueBy);

/// <summary>
/// Which discussions to list: one referral's, by status (<c>not-held</c> covers awaiting and convened), and by due
/// date in London (<c>due=today|overdue|today-or-overdue</c>).
/// </summary>
public sealed record StrategyDiscussionQuery(
    [FromQuery(Name = "referralId")] Guid? ReferralId, [FromQuery(Name = "status")] string? Status, [FromQuery(Name = "due")] string? Due)
{
    public const string NotYetHeld = "not-held";
    public const string DueToday = "today";
    public const string Overdue = "overdue";
    public const string DueTodayOrOverdue = "today-or-overdue";

    public static IReadOnlyList<string> Statuses { get; } =
        [Domain.StrategyDiscussionStatus.Awaiting, Domain.StrategyDiscussionStatus.Convened, Domain.StrategyDiscussionStatus.Held, NotYetHeld];

    public static IReadOnlyList<string> Dues { get; } = [DueToday, Overdue, DueTodayOrOverdue];
}
