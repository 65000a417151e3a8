namespace Macpt.Referrals.Apis;

public sealed record RequestConsultationRequest(
    string? RequesterAgency,
    string? RequesterId,
    string? RequesterContact,
    string? Question,
    ConsultationChild? Child = null);

/// <summary>Any identifying detail may be left out: a practitioner can ask about a child anonymously.</summary>
public sealed record ConsultationChild(string? LaChildId, string? FirstName, string? LastName, DateOnly? DateOfBirth);

public sealed record RecordAdviceRequest(string? Advice, string? GivenBy);

public sealed record ConsultationView(
    Guid Id, string Status, DateTimeOffset RequestedAt, string RequesterAgency, string RequesterId, string? RequesterContact,
    ConsultationChild? Child, string Question, RecordedAdvice? Advice, Guid? ReferralId, int AgeInWorkingDays);

public sealed record RecordedAdvice(string Advice, string GivenBy, DateTimeOffset GivenAt);

public sealed record ConsultationSummary(Guid Id, string Status, DateTimeOffset RequestedAt, string RequesterAgency, string? LaChildId,
    Guid? ReferralId, int AgeInWorkingDays);
