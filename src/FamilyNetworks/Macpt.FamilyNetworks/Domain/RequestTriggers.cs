using Macpt.Contracts.Conferences;
using Macpt.Contracts.Enquiries;
using Macpt.Contracts.FamilyNetworks;
using Macpt.Contracts.Referrals;

namespace Macpt.FamilyNetworks.Domain;

/// <summary>What asks for a family network meeting: the child, the stage, the episode, who or what asked, when, and the date it is needed by.</summary>
public sealed record RequestTrigger(string LaChildId, string Stage, Guid? ReferralId, string Source, Guid? SourceId,
    string? RequestedBy, DateTimeOffset RequestedAt, DateOnly? NeededBy);

/// <summary>
/// Which upstream events ask for a family network meeting, and at which stage. Families First asks the
/// network early (Family Help) and again as statutory steps begin; a strategy discussion asks only when it
/// recommends a meeting. A Section 47 enquiry and a strategy discussion are different stages.
/// </summary>
public static class RequestTriggers
{
    /// <summary>A referral decided for Family Help asks the family network early what it can do (Families First).</summary>
    public static RequestTrigger? From(ReferralDecided decided) =>
        decided.Decision != ReferralDecisionTypes.FamilyHelp ? null
            : new(decided.LaChildId, FamilyNetworkStages.FamilyHelp, decided.ReferralId, RequestSources.ReferralDecided,
                decided.ReferralId, null, decided.DecidedAt, null);

    /// <summary>
    /// A strategy discussion that recommends a family network meeting asks for one on the day it was held
    /// (the event carries its date, not an instant: midday in London is that day).
    /// </summary>
    public static RequestTrigger? From(StrategyDiscussionHeld held) =>
        !held.FamilyNetworkMeetingRecommended ? null
            : new(held.LaChildId, FamilyNetworkStages.StrategyDiscussion, held.ReferralId, RequestSources.StrategyDiscussionHeld,
                held.StrategyDiscussionId, null, Midday(held.HeldOn), null);

    /// <summary>
    /// A Section 47 enquiry asks the family network again, before any conference: the meeting is needed by
    /// the initial conference's target date.
    /// </summary>
    public static RequestTrigger From(Section47EnquiryStarted started) =>
        new(started.LaChildId, FamilyNetworkStages.Section47, started.ReferralId, RequestSources.Section47EnquiryStarted,
            started.EnquiryId, null, Midday(started.StartDate), started.InitialConferenceTargetDate);

    /// <summary>
    /// A scheduled initial conference asks the family network before it meets, so the conference can see a
    /// family plan; the meeting is needed by the conference date. Moving the conference does not open a second request.
    /// </summary>
    public static RequestTrigger From(InitialConferenceScheduled scheduled, DateTimeOffset receivedAt) =>
        new(scheduled.LaChildId, FamilyNetworkStages.PreConference, scheduled.ReferralId, RequestSources.InitialConferenceScheduled,
            scheduled.ConferenceId, null, receivedAt, scheduled.ScheduledFor);

    private static DateTimeOffset Midday(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
