using Macpt.Contracts.Conferences;
using Macpt.Contracts.Enquiries;
using Macpt.Contracts.FamilyNetworks;
using Macpt.Contracts.Referrals;
using Macpt.FamilyNetworks.Domain;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>Which events ask for a family network meeting, at which stage, when and needed by when.</summary>
public sealed class RequestTriggersTests
{
    [Theory]
    [InlineData(ReferralDecisionTypes.FamilyHelp, FamilyNetworkStages.FamilyHelp)]
    [InlineData(ReferralDecisionTypes.NoFurtherAction, null)]
    [InlineData(ReferralDecisionTypes.StrategyDiscussion, null)]
    [InlineData(ReferralDecisionTypes.ImmediateProtection, null)]
    public void Only_a_family_help_decision_asks(string decision, string? stage)
    {
        var referralId = Guid.NewGuid();
        var trigger = RequestTriggers.From(new ReferralDecided(referralId, "C1", decision, Instant("2026-11-16T10:00:00Z"), "lcpp-1", Instant("2026-11-16T09:00:00Z")));
        Assert.Equal(stage, trigger?.Stage);
        if (trigger is null) return;
        Assert.Equal((referralId, RequestSources.ReferralDecided, Instant("2026-11-16T10:00:00Z")), (trigger.SourceId!.Value, trigger.Source, trigger.RequestedAt));
    }

    [Theory]
    [InlineData(true, FamilyNetworkStages.StrategyDiscussion)]
    [InlineData(false, null)]
    public void A_strategy_discussion_asks_only_when_it_recommends_a_meeting_on_the_day_it_was_held(bool recommended, string? stage)
    {
        var trigger = RequestTriggers.From(new StrategyDiscussionHeld(Guid.NewGuid(), null, "C1", D("2026-11-16"), true, recommended));
        Assert.Equal(stage, trigger?.Stage);
        if (trigger is not null) Assert.Equal(Instant("2026-11-16T12:00:00Z"), trigger.RequestedAt);
    }

    [Fact]
    public void A_section_47_enquiry_and_a_scheduled_conference_always_ask_at_their_own_stages_needed_by_the_conference()
    {
        var enquiry = RequestTriggers.From(new Section47EnquiryStarted(Guid.NewGuid(), null, "C1", D("2026-11-16"), D("2026-12-07")));
        Assert.Equal((FamilyNetworkStages.Section47, D("2026-12-07")), (enquiry.Stage, enquiry.NeededBy!.Value));
        var conference = RequestTriggers.From(new InitialConferenceScheduled(Guid.NewGuid(), null, null, "C1", D("2026-12-01"), D("2026-12-07"), false, false), Requests.AskedAt);
        Assert.Equal((FamilyNetworkStages.PreConference, D("2026-12-01"), Requests.AskedAt), (conference.Stage, conference.NeededBy!.Value, conference.RequestedAt));
    }
}
