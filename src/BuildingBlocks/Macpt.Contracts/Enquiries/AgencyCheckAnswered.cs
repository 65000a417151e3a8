namespace Macpt.Contracts.Enquiries;

/// <summary>A partner agency answered its check; the answer itself is free text and stays in enquiries.</summary>
public sealed record AgencyCheckAnswered(
    Guid CheckId,
    Guid EnquiryId,
    Guid? ReferralId,
    string LaChildId,
    string Agency,
    DateTimeOffset AnsweredAt,
    bool AnsweredLate);
