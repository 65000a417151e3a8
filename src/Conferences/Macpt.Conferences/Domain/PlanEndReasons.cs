namespace Macpt.Conferences.Domain;

/// <summary>
/// Why a child protection plan ended: the <c>EndReasonCode</c> of <c>ChildProtectionPlanEnded</c>. The CIN
/// census has no reason field for a plan (its <c>ReasonForClosure</c> closes the whole episode), so this
/// is the service's own documented list (docs/api/conferences.md), in the spirit of RC1–RC9.
/// </summary>
public static class PlanEndReasons
{
    /// <summary>A review conference decided the child is no longer at continuing risk of significant harm.</summary>
    public const string NoLongerAtRisk = "no-longer-at-risk";
    /// <summary>The child became looked after; the care plan takes over.</summary>
    public const string LookedAfter = "looked-after";
    /// <summary>The child moved to another local authority, which holds its own conference (like RC5).</summary>
    public const string TransferredToAnotherLocalAuthority = "transferred-to-another-la";
    public const string Adopted = "adopted";
    public const string ReachedEighteen = "reached-18";
    public const string Died = "died";
    /// <summary>The child has permanently left the United Kingdom.</summary>
    public const string LeftTheUk = "left-the-uk";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } =
        [NoLongerAtRisk, LookedAfter, TransferredToAnotherLocalAuthority, Adopted, ReachedEighteen, Died, LeftTheUk, Other];

    /// <summary>
    /// The reasons a plan may end outside a review conference (<see cref="Rules.PlanEndsAtAReviewConference"/>); every
    /// other ending is a review conference's decision.
    /// </summary>
    public static IReadOnlyList<string> OutsideAReview { get; } = [ReachedEighteen, Died, LeftTheUk, TransferredToAnotherLocalAuthority];

    public static bool IsValid(string? code) => code is not null && All.Contains(code);
}

/// <summary>Why a plan ends and whether the child steps down to Family Help, led by whom (a practitioner id).</summary>
public sealed record PlanEndDecision(string ReasonCode, bool StepDownToFamilyHelp, string? FamilyHelpLeadId);
