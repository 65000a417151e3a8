using Macpt.Contracts.Advocacy;

namespace Macpt.Advocacy.Domain;

/// <summary>
/// A way the child protection process ends for a child's episode, as an upstream event says it: the records it
/// names (to find the episode), the day, and the exit (<see cref="EpisodeEndReasons"/>).
/// </summary>
public sealed record EpisodeExit(string LaChildId, Guid? ReferralId, Guid? EnquiryId, Guid? ConferenceId, Guid? PlanId, DateOnly EndedOn, string Reason)
{
    /// <summary>The id of the record that ended the process (enquiry, conference or plan).</summary>
    public Guid? SourceId => PlanId ?? ConferenceId ?? EnquiryId;
}

/// <summary>Why an episode ended: the exits from the child protection process (Working Together 2023, ch. 4).</summary>
public static class EpisodeEndReasons
{
    /// <summary>A Section 47 enquiry concluded that no initial conference is needed.</summary>
    public const string Section47NoConference = "section-47-no-conference";
    /// <summary>An initial conference decided that no child protection plan is needed.</summary>
    public const string ConferenceNoPlan = "conference-no-plan";
    /// <summary>The child protection plan ended.</summary>
    public const string PlanEnded = "plan-ended";

    public static readonly IReadOnlyList<string> All = [Section47NoConference, ConferenceNoPlan, PlanEnded];

    /// <summary>
    /// The furthest stage an exit ends: a Section 47 with no conference ends an episode still at the enquiry, an ICPC
    /// with no plan one not yet on a plan; the end of the plan ends any. A child already on a plan whose new enquiry
    /// needs no conference stays on the plan, and keeps their advocate.
    /// </summary>
    public static string FurthestStageEnded(string reason) => reason switch
    {
        Section47NoConference => AdvocacyStages.Section47,
        ConferenceNoPlan => AdvocacyStages.Conference,
        PlanEnded => AdvocacyStages.Plan,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not an episode end reason."),
    };
}
