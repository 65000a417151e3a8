namespace Macpt.Contracts.Enquiries;

/// <summary>A Section 47 enquiry concluded with one of <see cref="Section47Outcomes"/>. <see cref="ExpectedDateOfBirth"/> is set
/// when the child is unborn: the conference it calls for is a pre-birth initial conference.</summary>
public sealed record Section47EnquiryCompleted(
    Guid EnquiryId,
    Guid? ReferralId,
    string LaChildId,
    DateOnly CompletedOn,
    string Outcome,
    bool ConferenceRequired,
    DateOnly? InitialConferenceTargetDate = null,
    DateOnly? ExpectedDateOfBirth = null);

public static class Section47Outcomes
{
    public const string NotSubstantiated = "not-substantiated";
    public const string SubstantiatedNotAtContinuingRisk = "substantiated-not-at-continuing-risk";
    public const string ConferenceRequired = "conference-required";
}
