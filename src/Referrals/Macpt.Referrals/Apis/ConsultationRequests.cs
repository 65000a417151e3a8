using Macpt.Referrals.Domain;
using Macpt.WorkingDays;

namespace Macpt.Referrals.Apis;

/// <summary>
/// A consultation as asked. Who asks is the token's actor, never a field here; <c>requesterAgency</c> says which
/// consulting service a local authority caller relays (a partner consults as its own agency).
/// </summary>
public sealed record RequestConsultationRequest(
    string? RequesterAgency,
    string? RequesterContact,
    string? Question,
    ConsultationChild? Child = null);

/// <summary>Any identifying detail may be left out: a practitioner can ask about a child anonymously.</summary>
public sealed record ConsultationChild(string? LaChildId, string? FirstName, string? LastName, DateOnly? DateOfBirth);

/// <summary>The advice; the LCPP giving it is the token's actor.</summary>
public sealed record RecordAdviceRequest(string? Advice);

public sealed record ConsultationView(
    Guid Id, string Status, DateTimeOffset RequestedAt, string RequesterAgency, string RequesterId, string? RequesterContact,
    ConsultationChild? Child, string Question, RecordedAdvice? Advice, Guid? ReferralId, int AgeInWorkingDays, DateOnly? AnswerDueBy)
{
    public static ConsultationView From(CaseConsultation c, WorkingDayCalendar calendar, TimeProvider time) => new(
        c.Id, c.Status, c.RequestedAt, c.RequesterAgency, c.RequesterId, c.RequesterContact,
        c.LaChildId is null && c.ChildFirstName is null && c.ChildLastName is null && c.ChildDateOfBirth is null
            ? null : new ConsultationChild(c.LaChildId, c.ChildFirstName, c.ChildLastName, c.ChildDateOfBirth),
        c.Question, c.Advice is { } a ? new RecordedAdvice(a.Text, a.GivenBy, a.GivenAt) : null, c.ReferralId,
        ConsultationSummary.AgeInWorkingDaysOf(c, calendar, time), c.AnswerDueBy);
}

public sealed record RecordedAdvice(string Advice, string GivenBy, DateTimeOffset GivenAt);

public sealed record ConsultationSummary(Guid Id, string Status, DateTimeOffset RequestedAt, string RequesterAgency, string? LaChildId,
    Guid? ReferralId, int AgeInWorkingDays, DateOnly? AnswerDueBy)
{
    public static ConsultationSummary From(CaseConsultation c, WorkingDayCalendar calendar, TimeProvider time) =>
        new(c.Id, c.Status, c.RequestedAt, c.RequesterAgency, c.LaChildId, c.ReferralId, AgeInWorkingDaysOf(c, calendar, time), c.AnswerDueBy);

    /// <summary>How long the consultation has waited, in working days since the London date it was asked.</summary>
    public static int AgeInWorkingDaysOf(CaseConsultation c, WorkingDayCalendar calendar, TimeProvider time) =>
        calendar.WorkingDaysBetween(LondonClock.ToLondonDate(c.RequestedAt), LondonClock.Today(time));
}
