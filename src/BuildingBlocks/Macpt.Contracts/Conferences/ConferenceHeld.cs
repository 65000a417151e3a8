namespace Macpt.Contracts.Conferences;

/// <summary>An initial or review child protection conference was held and decided whether a plan is needed.</summary>
public sealed record ConferenceHeld(
    Guid ConferenceId,
    Guid? ReferralId,
    string LaChildId,
    DateOnly HeldOn,
    string Kind,
    bool PlanRequired);

public static class ConferenceKinds
{
    public const string Initial = "initial";
    public const string Review = "review";
}
