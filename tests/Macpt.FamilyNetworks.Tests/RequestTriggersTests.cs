using Macpt.Contracts.Conferences;
using Macpt.Contracts.Enquiries;
using Macpt.Contracts.FamilyNetworks;
using Macpt.Contracts.Referrals;
using Macpt.FamilyNetworks.Domain.Rules;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>Which events ask for a family network meeting, and at which stage.</summary>
public sealed class RequestTriggersTests
{
    [Theory]
    [InlineData(ReferralDecisionTypes.FamilyHelp, FamilyNetworkStages.FamilyHelp)]
    [InlineData(ReferralDecisionTypes.NoFurtherAction, null)]
    [InlineData(ReferralDecisionTypes.StrategyDiscussion, null)]
    [InlineData(ReferralDecisionTypes.ImmediateProtection, null)]
    public void Only_a_family_help_decision_asks(string decision, string? stage) =>
        Assert.Equal(stage, RequestTriggers.StageFor(new ReferralDecided(Guid.NewGuid(), "C1", decision, Instant("2026-11-16T10:00:00Z"), "lcpp-1", Instant("2026-11-16T09:00:00Z"))));

    [Theory]
    [InlineData(true, FamilyNetworkStages.StrategyDiscussion)]
    [InlineData(false, null)]
    public void A_strategy_discussion_asks_only_when_it_recommends_a_meeting(bool recommended, string? stage) =>
        Assert.Equal(stage, RequestTriggers.StageFor(new StrategyDiscussionHeld(Guid.NewGuid(), null, "C1", D("2026-11-16"), true, recommended)));

    [Fact]
    public void A_section_47_enquiry_and_a_scheduled_conference_always_ask_at_their_own_stages()
    {
        Assert.Equal(FamilyNetworkStages.Section47, RequestTriggers.StageFor(new Section47EnquiryStarted(Guid.NewGuid(), null, "C1", D("2026-11-16"), D("2026-12-07"))));
        Assert.Equal(FamilyNetworkStages.PreConference, RequestTriggers.StageFor(
            new InitialConferenceScheduled(Guid.NewGuid(), null, null, "C1", D("2026-12-01"), D("2026-12-07"), false, false)));
    }
}
