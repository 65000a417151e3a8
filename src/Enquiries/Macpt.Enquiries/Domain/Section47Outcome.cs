using Macpt.Contracts.Enquiries;

namespace Macpt.Enquiries.Domain;

/// <summary>
/// How a Section 47 enquiry concluded (one of <see cref="Section47Outcomes"/>), why, and when; with no conference, who
/// the case is handed to in Family Help (a practitioner id) and on which day.
/// </summary>
public sealed record Section47Outcome(string Outcome, string Reasons, DateOnly CompletedOn, string? NotSeenReason, string RecordedBy, DateTimeOffset RecordedAt,
    string? FamilyHelpLeadId = null, DateOnly? HandoverDate = null)
{
    public static IReadOnlyList<string> All { get; } =
        [Section47Outcomes.NotSubstantiated, Section47Outcomes.SubstantiatedNotAtContinuingRisk, Section47Outcomes.ConferenceRequired];

    /// <summary>Substantiated and likely to suffer significant harm: an initial child protection conference.</summary>
    public bool ConferenceRequired => Outcome == Section47Outcomes.ConferenceRequired;
}
