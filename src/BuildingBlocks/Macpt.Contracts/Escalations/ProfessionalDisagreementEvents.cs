namespace Macpt.Contracts.Escalations;

/// <summary>
/// A practitioner disagreed with another agency's decision about a child and raised it (Working Together 2023,
/// ch. 2: each safeguarding partnership has an escalation policy; shared/domain/timescales.md §5). The concern
/// itself stays in the referrals service: it is free text about a family. <see cref="Subject"/> is one of
/// <see cref="DisagreementSubjects"/>; <see cref="SubjectId"/> the decided record, when it is one of ours.
/// </summary>
public sealed record ProfessionalDisagreementRaised(
    Guid DisagreementId,
    string LaChildId,
    string Subject,
    Guid? SubjectId,
    string AboutAgency,
    string RaisedByAgency,
    DateTimeOffset RaisedAt,
    string Stage,
    DateOnly StageDueOn);

/// <summary>A disagreement not resolved at its stage went to the next (<see cref="Stage"/>), due by <see cref="StageDueOn"/>.</summary>
public sealed record ProfessionalDisagreementEscalated(
    Guid DisagreementId,
    string LaChildId,
    string Stage,
    DateOnly StartedOn,
    DateOnly StageDueOn);

/// <summary>A disagreement ended at <see cref="Stage"/> with one of <see cref="DisagreementOutcomes"/>.</summary>
public sealed record ProfessionalDisagreementResolved(
    Guid DisagreementId,
    string LaChildId,
    string Stage,
    DateOnly ResolvedOn,
    string Outcome);

/// <summary>What a professional disagreement is about: whose decision, at which step.</summary>
public static class DisagreementSubjects
{
    public const string ReferralDecision = "referral-decision";
    public const string ThresholdDecision = "threshold-decision";
    public const string Section47Outcome = "section-47-outcome";
    public const string ConferenceDecision = "conference-decision";
    public const string Plan = "plan";
    public const string StepDown = "step-down";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [ReferralDecision, ThresholdDecision, Section47Outcome, ConferenceDecision, Plan, StepDown, Other];
}

/// <summary>How a disagreement ended.</summary>
public static class DisagreementOutcomes
{
    /// <summary>The practitioners or managers agreed; the decision stands as explained.</summary>
    public const string Agreed = "agreed";
    /// <summary>The decision was changed.</summary>
    public const string DecisionChanged = "decision-changed";
    /// <summary>The decision stands although the raiser still disagrees (recorded at the last stage reached).</summary>
    public const string DecisionUpheld = "decision-upheld";
    /// <summary>The raiser withdrew it.</summary>
    public const string Withdrawn = "withdrawn";

    public static IReadOnlyList<string> All { get; } = [Agreed, DecisionChanged, DecisionUpheld, Withdrawn];
}
