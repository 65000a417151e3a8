namespace Macpt.Contracts.Enquiries;

/// <summary>
/// A Section 47 enquiry started (<c>S47ActualStartDate</c>); the initial conference is due by
/// <see cref="InitialConferenceTargetDate"/> (<c>InitialCPCtarget</c>: 15 working days after the strategy discussion).
/// </summary>
public sealed record Section47EnquiryStarted(
    Guid EnquiryId,
    Guid? ReferralId,
    string LaChildId,
    DateOnly StartDate,
    DateOnly InitialConferenceTargetDate,
    /// <summary>The strategy discussion that started it; its date is day 0 of the ICPC's 15 working days.</summary>
    Guid? StrategyDiscussionId = null,
    DateOnly? StrategyDiscussionHeldOn = null);
