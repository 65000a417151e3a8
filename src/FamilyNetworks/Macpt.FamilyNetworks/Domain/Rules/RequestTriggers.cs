using Macpt.Contracts.Enquiries;
using Macpt.Contracts.FamilyNetworks;
using Macpt.Contracts.Referrals;

namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// Which upstream events ask for a family network meeting, and at which stage. Families First asks the
/// network early (Family Help) and again as statutory steps begin; a strategy discussion asks only when it
/// recommends a meeting. A Section 47 enquiry and a strategy discussion are different stages.
/// </summary>
public static class RequestTriggers
{
    public static string? StageFor(ReferralDecided decided) =>
        decided.Decision == ReferralDecisionTypes.FamilyHelp ? FamilyNetworkStages.FamilyHelp : null;

    public static string? StageFor(StrategyDiscussionHeld held) =>
        held.FamilyNetworkMeetingRecommended ? FamilyNetworkStages.StrategyDiscussion : null;

    public static string StageFor(Section47EnquiryStarted _) => FamilyNetworkStages.Section47;

    public static string StageFor(Contracts.Conferences.InitialConferenceScheduled _) => FamilyNetworkStages.PreConference;
}
