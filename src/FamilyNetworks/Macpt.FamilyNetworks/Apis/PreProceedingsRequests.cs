using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Domain;

namespace Macpt.FamilyNetworks.Apis;

/// <summary>Pre-proceedings started after a legal planning meeting decided on them; who records it is the caller.</summary>
public sealed record StartPreProceedingsRequest(string? LaChildId, Guid? ReferralId, DateOnly? StartDate, LegalPlanningMeetingRequest? LegalPlanningMeeting)
{
    public LegalPlanningMeeting ToMeeting(string recordedBy, DateTimeOffset now) => new(LegalPlanningMeeting!.HeldOn!.Value, LegalPlanningMeeting.Decision!, recordedBy, now);
}

public sealed record LegalPlanningMeetingRequest(DateOnly? HeldOn, string? Decision);

/// <summary>The letter before proceedings: when it was sent and whether it stated the family group decision-making offer (s.31ZA).</summary>
public sealed record LetterBeforeProceedingsRequest(DateOnly? SentOn, bool? FamilyGroupDecisionMakingOffered)
{
    public LetterBeforeProceedings ToLetter(string recordedBy, DateTimeOffset now) => new(SentOn!.Value, FamilyGroupDecisionMakingOffered!.Value, recordedBy, now);
}

public sealed record PreProceedingsMeetingRequest(DateOnly? HeldOn, string? Kind)
{
    public PreProceedingsMeeting ToMeeting(string recordedBy, DateTimeOffset now) => new(Guid.CreateVersion7(now), HeldOn!.Value, Kind!, recordedBy, now);
}

/// <summary>The step decision and outcome; with proceedings issued, the court application and the letter of issue.</summary>
public sealed record PreProceedingsOutcomeRequest(DateOnly? DecidedOn, string? Outcome, DateOnly? CourtApplicationOn, DateOnly? LetterOfIssueOn)
{
    public PreProceedingsOutcome ToOutcome(string recordedBy, DateTimeOffset now) => new(DecidedOn!.Value, Outcome!, CourtApplicationOn, LetterOfIssueOn, recordedBy, now);
}

/// <summary>A child's pre-proceedings as recorded, with the census block derived from them.</summary>
public sealed record PreProceedingsView(Guid Id, string LaChildId, Guid ReferralId, string Status, DateOnly StartDate, LegalPlanningMeeting LegalPlanningMeeting,
    LetterBeforeProceedings? Letter, IReadOnlyList<PreProceedingsMeeting> Meetings, PreProceedingsOutcome? Outcome, string StartedBy, CensusBlock Census)
{
    public static PreProceedingsView From(PreProceedings p, CensusBlock census) =>
        new(p.Id, p.LaChildId, p.ReferralId, p.Status, p.StartDate, p.LegalPlanningMeeting, p.Letter, p.Meetings, p.Outcome, p.StartedBy, census);
}
