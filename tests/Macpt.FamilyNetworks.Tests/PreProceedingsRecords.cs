using Macpt.FamilyNetworks.Domain;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>Pre-proceedings started on 2 November 2026 after a legal planning meeting on 30 October; today is 25 November.</summary>
internal static class PreProceedingsRecords
{
    public static readonly DateOnly Today = D("2026-11-25");
    private static readonly DateTimeOffset Now = Instant("2026-11-25T10:00:00Z");

    public static LegalPlanningMeeting Lpm(string heldOn = "2026-10-30", string decision = LegalPlanningDecisions.PreProceedings) =>
        new(D(heldOn), decision, "tm-1", Now);

    public static PreProceedings Started(string startDate = "2026-11-02", bool anotherIsOpen = false, LegalPlanningMeeting? lpm = null) =>
        PreProceedings.Start(Guid.NewGuid(), "C123", Guid.NewGuid(), D(startDate), lpm ?? Lpm(), anotherIsOpen, "sw-1", Now, Today);

    public static LetterBeforeProceedings Letter(string sentOn = "2026-11-03", bool offered = true) => new(D(sentOn), offered, "sw-1", Now);

    public static PreProceedingsMeeting Meeting(string heldOn, string kind = PreProceedingsMeetingKinds.Initial) => new(Guid.NewGuid(), D(heldOn), kind, "sw-1", Now);

    public static PreProceedingsOutcome Outcome(string decidedOn = "2026-11-20", string outcome = PreProceedingsOutcomes.ProceedingsIssued,
        string? courtOn = "2026-11-24", string? letterOfIssueOn = null) =>
        new(D(decidedOn), outcome, courtOn is null ? null : D(courtOn), letterOfIssueOn is null ? null : D(letterOfIssueOn), "sw-1", Now);
}
