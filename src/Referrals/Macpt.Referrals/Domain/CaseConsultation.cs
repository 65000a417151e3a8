using Macpt.Referrals.Domain.Rules;
using Macpt.Rules;

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
    /// <summary>The agency of the caller who asked, from its token: a partner agency reads only the consultations it asked.</summary>
    public string AskedByAgency { get; private init; } = "";
    /// <summary>The client (front door, partner portal, or the practitioners' app) it was asked through.</summary>
    public string? AskedThrough { get; private init; }
    /// <summary>Identifying details are optional: a consultation can be anonymous.</summary>
    public string? LaChildId { get; private init; }
    public string? ChildFirstName { get; private init; }
    public string? ChildLastName { get; private init; }
    public DateOnly? ChildDateOfBirth { get; private init; }
    /// <summary>Free text about a family: personal data, kept here only.</summary>
    public string Question { get; private init; } = "";
    /// <summary>When the MACPT should have answered (<see cref="Timescales.ConsultationAnswerDue"/>); null on consultations asked before it was kept.</summary>
    public DateOnly? AnswerDueBy { get; private init; }
    public ConsultationAdvice? Advice { get; private set; }
    public Guid? ReferralId { get; private set; }
    public DateTimeOffset? BecameReferralAt { get; private set; }
    public uint Version { get; private set; }

    public string Status => ReferralId is not null ? ConsultationStatus.BecameReferral
        : Advice is not null ? ConsultationStatus.Advised
        : ConsultationStatus.Open;

    public static CaseConsultation Request(Guid id, DateTimeOffset requestedAt, string requesterAgency, string requesterId, string? requesterContact,
        string? laChildId, string? firstName, string? lastName, DateOnly? dateOfBirth, string question,
        string askedByAgency = Contracts.Agencies.LocalAuthority, string? askedThrough = null, DateOnly? answerDueBy = null) => new()
        {
            AnswerDueBy = answerDueBy,
            AskedByAgency = askedByAgency,
            AskedThrough = askedThrough,
            Id = id,
            RequestedAt = requestedAt,
            RequesterAgency = requesterAgency,
            RequesterId = requesterId,
            RequesterContact = requesterContact,
            LaChildId = laChildId,
            ChildFirstName = firstName,
            ChildLastName = lastName,
            ChildDateOfBirth = dateOfBirth,
            Question = question,
        };

    /// <summary>Records the LCPP's advice, once (<see cref="ConsultationIsAdvisedOnce"/>).</summary>
    public void RecordAdvice(ConsultationAdvice advice)
    {
        Rule.Check(new ConsultationIsAdvisedOnce(this));
        Advice = advice;
    }

    /// <summary>Links the referral the consultation became, once (<see cref="ConsultationBecomesReferralOnce"/>).</summary>
    public void BecameReferral(Guid referralId, DateTimeOffset at)
    {
        Rule.Check(new ConsultationBecomesReferralOnce(this));
        ReferralId = referralId;
        BecameReferralAt = at;
    }
}
