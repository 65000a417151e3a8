namespace Macpt.Referrals.Domain;

/// <summary>
/// A practitioner (Family Help, a school, health, police) asks the MACPT for advice about a child,
/// with or without identifying details; an LCPP records the advice. It may become a referral, and
/// keeps the link (DfE, Multi-agency child protection teams policy paper: consultation is a MACPT function).
/// </summary>
public sealed class CaseConsultation
{
    private CaseConsultation() { }

    public Guid Id { get; private init; }
    public DateTimeOffset RequestedAt { get; private init; }
    public string RequesterAgency { get; private init; } = "";
    public string RequesterId { get; private init; } = "";
    public string? RequesterContact { get; private init; }
    /// <summary>Identifying details are optional: a consultation can be anonymous.</summary>
    public string? LaChildId { get; private init; }
    public string? ChildFirstName { get; private init; }
    public string? ChildLastName { get; private init; }
    public DateOnly? ChildDateOfBirth { get; private init; }
    /// <summary>Free text about a family: personal data, kept here only.</summary>
    public string Question { get; private init; } = "";
    public ConsultationAdvice? Advice { get; private set; }
    public Guid? ReferralId { get; private set; }
    public DateTimeOffset? BecameReferralAt { get; private set; }
    public uint Version { get; private set; }

    public string Status => ReferralId is not null ? ConsultationStatus.BecameReferral
        : Advice is not null ? ConsultationStatus.Advised
        : ConsultationStatus.Open;

    public static CaseConsultation Request(Guid id, DateTimeOffset requestedAt, string requesterAgency, string requesterId, string? requesterContact,
        string? laChildId, string? firstName, string? lastName, DateOnly? dateOfBirth, string question) => new()
    {
        Id = id, RequestedAt = requestedAt, RequesterAgency = requesterAgency, RequesterId = requesterId, RequesterContact = requesterContact,
        LaChildId = laChildId, ChildFirstName = firstName, ChildLastName = lastName, ChildDateOfBirth = dateOfBirth, Question = question,
    };

    public void RecordAdvice(ConsultationAdvice advice)
    {
        if (Advice is not null) throw new InvalidOperationException("Advice has already been recorded.");
        Advice = advice;
    }

    public void BecameReferral(Guid referralId, DateTimeOffset at)
    {
        if (ReferralId is not null) throw new InvalidOperationException("The consultation has already become a referral.");
        ReferralId = referralId;
        BecameReferralAt = at;
    }
}

public sealed record ConsultationAdvice(string Text, string GivenBy, DateTimeOffset GivenAt);

public static class ConsultationStatus
{
    public const string Open = "open";
    public const string Advised = "advised";
    public const string BecameReferral = "became-referral";
}

public static class ConsultingAgencies
{
    public static IReadOnlyList<string> All { get; } = ["family-help", "school", "health", "police", "other"];
}
