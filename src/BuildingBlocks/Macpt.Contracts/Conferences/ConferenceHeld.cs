namespace Macpt.Contracts.Conferences;

/// <summary>An initial or review child protection conference was held and decided whether a plan is needed.</summary>
public sealed record ConferenceHeld(
    Guid ConferenceId,
    Guid? ReferralId,
    string LaChildId,
    DateOnly HeldOn,
    string Kind,
    bool PlanRequired,
    /// <summary>When the conference was due: the ICPC's target, or the review's due date.</summary>
    DateOnly? TargetDate = null,
    /// <summary>The agencies that attended (<c>Agencies.Conference</c>).</summary>
    IReadOnlyList<string>? Agencies = null,
    /// <summary>For a review, the plan reviewed.</summary>
    Guid? PlanId = null,
    bool PreBirth = false);

public static class ConferenceKinds
{
    public const string Initial = "initial";
    public const string Review = "review";
}
