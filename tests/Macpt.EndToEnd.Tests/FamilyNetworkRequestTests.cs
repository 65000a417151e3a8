using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.Contracts.Conferences;
using Macpt.Contracts.Enquiries;
using Macpt.Contracts.Referrals;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Requests for a family network meeting from each triggering event and from a practitioner, once per
/// child, stage and episode however often they arrive.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class FamilyNetworkRequestTests(MacptSystem system)
{
    private readonly FamilyNetworkSteps _steps = new(system);
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    private Task<JsonElement[]> EventuallyRequestsAsync(string laChildId, int count) =>
        Eventually.ReturnsAsync(() => _steps.ListAsync($"laChildId={laChildId}"), l => l.Length >= count, Within, $"{count} family network request(s)");

    [Fact]
    public async Task A_referral_decided_for_family_help_through_the_gateway_asks_for_a_meeting_and_no_further_action_does_not()
    {
        var childId = Referrals.NewChildId();
        var referralId = await Referrals.CreateAsync(system.Gateway, Referrals.Body(childId));
        using (var decided = await Referrals.DecideAsync(system.Gateway, referralId, "family-help")) decided.EnsureSuccessStatusCode();

        var request = Assert.Single(await EventuallyRequestsAsync(childId, 1));
        Assert.Equal("family-help", request.GetProperty("stage").GetString());
        Assert.Equal(referralId, request.GetProperty("referralId").GetGuid());
        Assert.Equal("referral-decided", request.GetProperty("source").GetString());
        Assert.Equal("requested", request.GetProperty("status").GetString());
        Assert.Equal(1, await _steps.OutboxAsync("FamilyNetworkMeetingRequested", "requestId", request.GetProperty("id").GetString()!));

        var otherChild = Referrals.NewChildId();
        var nfa = Guid.NewGuid();
        await system.PublishAsync(new ReferralDecided(Guid.NewGuid(), otherChild, ReferralDecisionTypes.NoFurtherAction, DateTimeOffset.UtcNow, "lcpp-0042", DateTimeOffset.UtcNow.AddHours(-2)), nfa);
        await _steps.AppliedAsync("ReferralDecidedConsumer", nfa);
        Assert.Equal(0, await _steps.StoredRequestsAsync(otherChild));
    }

    [Fact]
    public async Task A_strategy_discussion_asks_only_when_it_recommends_a_meeting()
    {
        var childId = Referrals.NewChildId();
        var referralId = Guid.NewGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var notRecommended = Guid.NewGuid();
        await system.PublishAsync(new StrategyDiscussionHeld(Guid.NewGuid(), referralId, childId, today, Section47ThresholdMet: false, FamilyNetworkMeetingRecommended: false), notRecommended);
        await _steps.AppliedAsync("StrategyDiscussionHeldConsumer", notRecommended);
        Assert.Equal(0, await _steps.StoredRequestsAsync(childId));
        var discussionId = Guid.NewGuid();
        await system.PublishAsync(new StrategyDiscussionHeld(discussionId, referralId, childId, today, Section47ThresholdMet: true, FamilyNetworkMeetingRecommended: true), Guid.NewGuid());

        var request = Assert.Single(await EventuallyRequestsAsync(childId, 1));
        Assert.Equal("strategy-discussion", request.GetProperty("stage").GetString());
        Assert.Equal(discussionId, request.GetProperty("sourceId").GetGuid());
        Assert.Equal(1, await _steps.StoredRequestsAsync(childId));
    }

    [Fact]
    public async Task A_section_47_enquiry_and_a_strategy_discussion_for_one_child_are_two_stages_needed_by_the_conference_target()
    {
        var childId = Referrals.NewChildId();
        var referralId = Guid.NewGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await system.PublishAsync(new StrategyDiscussionHeld(Guid.NewGuid(), referralId, childId, today, true, FamilyNetworkMeetingRecommended: true), Guid.NewGuid());
        await system.PublishAsync(new Section47EnquiryStarted(Guid.NewGuid(), referralId, childId, today, today.AddDays(21)), Guid.NewGuid());

        var requests = await EventuallyRequestsAsync(childId, 2);
        Assert.Equal(["section-47", "strategy-discussion"], requests.Select(r => r.GetProperty("stage").GetString()!).Order().ToArray());
        var s47 = requests.Single(r => r.GetProperty("stage").GetString() == "section-47");
        Assert.Equal(today.AddDays(21).ToString("yyyy-MM-dd"), s47.GetProperty("neededBy").GetString());
    }

    [Fact]
    public async Task A_conference_scheduled_asks_before_it_and_redelivery_or_a_republished_copy_opens_no_second_request()
    {
        var childId = Referrals.NewChildId();
        var referralId = Guid.NewGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var scheduled = new InitialConferenceScheduled(Guid.NewGuid(), Guid.NewGuid(), referralId, childId, today.AddDays(10), today.AddDays(12), false, false);
        var messageId = Guid.NewGuid();
        var republished = Guid.NewGuid();
        var moved = Guid.NewGuid();
        await system.PublishAsync(scheduled, messageId);
        // The first delivery is applied before the copies arrive: two replicas take messages concurrently, so
        // otherwise the moved conference could be the one that opens the request.
        await _steps.AppliedAsync("InitialConferenceScheduledConsumer", messageId);
        await system.PublishAsync(scheduled, messageId);     // redelivered
        await system.PublishAsync(scheduled, republished);   // published again under a new id
        await system.PublishAsync(scheduled with { ScheduledFor = today.AddDays(11) }, moved); // the conference moved
        foreach (var id in new[] { messageId, republished, moved }) await _steps.AppliedAsync("InitialConferenceScheduledConsumer", id);

        var preConference = Assert.Single(await EventuallyRequestsAsync(childId, 1));
        Assert.Equal("pre-conference", preConference.GetProperty("stage").GetString());
        Assert.Equal(today.AddDays(10).ToString("yyyy-MM-dd"), preConference.GetProperty("neededBy").GetString());
        Assert.Equal(1, await _steps.StoredRequestsAsync(childId));
        Assert.Equal(1, await _steps.OutboxAsync("FamilyNetworkMeetingRequested", "requestId", preConference.GetProperty("id").GetString()!));

        // The LCPP asking for the same stage of the same referral gets the same request: 200, not 201.
        using var asked = await system.SendAsync(HttpMethod.Post, FamilyNetworkSteps.Requests, FamilyNetworkSteps.Request(childId, referralId, "pre-conference"));
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal(preConference.GetProperty("id").GetGuid(), (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(1, await _steps.StoredRequestsAsync(childId));
    }

    [Fact]
    public async Task A_practitioner_request_is_created_once_and_an_event_for_the_same_stage_finds_it()
    {
        var childId = Referrals.NewChildId();
        var referralId = Guid.NewGuid();
        using var first = await system.SendAsync(HttpMethod.Post, FamilyNetworkSteps.Requests, FamilyNetworkSteps.Request(childId, referralId, "section-47"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/familynetworks/requests/{id}", first.Headers.Location?.OriginalString);
        using var again = await system.SendAsync(HttpMethod.Post, FamilyNetworkSteps.Requests, FamilyNetworkSteps.Request(childId, referralId, "section-47"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await system.PublishAsync(new Section47EnquiryStarted(Guid.NewGuid(), referralId, childId, today, today.AddDays(21)), Guid.NewGuid());
        await system.PublishAsync(new InitialConferenceScheduled(Guid.NewGuid(), null, referralId, childId, today.AddDays(9), today.AddDays(12), false, false), Guid.NewGuid());
        var requests = await EventuallyRequestsAsync(childId, 2);
        Assert.Equal(id, Assert.Single(requests, r => r.GetProperty("stage").GetString() == "section-47").GetProperty("id").GetGuid());
        Assert.Equal(2, await _steps.StoredRequestsAsync(childId));
        Assert.Equal(1, await _steps.OutboxAsync("FamilyNetworkMeetingRequested", "requestId", id.ToString()));
    }
}
