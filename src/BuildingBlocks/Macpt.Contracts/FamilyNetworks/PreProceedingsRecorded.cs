namespace Macpt.Contracts.FamilyNetworks;

/// <summary>
/// A child's pre-proceedings (the Public Law Outline before a care application) as recorded after each change, in the
/// census 2026-27 <c>PreProceedingsandFGDM</c> terms (N00826–N00834, for the reporting service): the start, the letter
/// before proceedings and whether it carried the family group decision-making offer, whether that meeting was facilitated,
/// the meetings, the step decision, the outcome (<see cref="PPOutcome"/>, code set CS131) and the court application.
/// Ids, dates and codes only.
/// </summary>
public sealed record PreProceedingsRecorded(
    Guid PreProceedingsId,
    Guid ReferralId,
    string LaChildId,
    DateOnly PPStartDate,
    DateOnly? LBPSentDate,
    bool? FGDMMeetingOffer,
    bool? FGDMMeetingFac,
    DateOnly? InitialPPMeetingDate,
    int ReviewMeetingsCount,
    DateOnly? StepDecisionDate,
    string? PPOutcome,
    DateOnly? CourtAppDate,
    DateOnly? LetterInitCPDate);
