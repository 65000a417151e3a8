using System.Net.Http.Json;
using System.Text.Json;
using Macpt.Contracts.Conferences;
using Macpt.Contracts.Enquiries;
using MassTransit;

namespace Macpt.EndToEnd.Tests;

/// <summary>A referral shows where it led, from the events of the services downstream.</summary>
[Collection(MacptSystemCollection.Name)]
public sealed class OnwardPathTests(MacptSystem system)
{
    [Fact]
    public async Task The_referral_shows_each_downstream_step_once_in_order()
    {
        var laChildId = Referrals.NewChildId();
        var id = await Referrals.CreateAsync(system.Gateway, Referrals.Body(laChildId));
        (await Referrals.DecideAsync(system.Gateway, id, "strategy-discussion")).EnsureSuccessStatusCode();
        Guid discussion = Guid.NewGuid(), enquiry = Guid.NewGuid(), conference = Guid.NewGuid(), plan = Guid.NewGuid();
        var held = new StrategyDiscussionHeld(discussion, id, laChildId, new DateOnly(2026, 11, 26), Section47ThresholdMet: true);
        var heldMessage = NewId.NextGuid();

        await system.PublishAsync(held, heldMessage);
        await system.PublishAsync(held, heldMessage); // redelivered
        var republished = NewId.NextGuid();
        await system.PublishAsync(held, republished); // published again under a new id
        await system.PublishAsync(new Section47EnquiryStarted(enquiry, id, laChildId, new DateOnly(2026, 11, 26), new DateOnly(2026, 12, 17)), NewId.NextGuid());
        await system.PublishAsync(new Section47EnquiryCompleted(enquiry, id, laChildId, new DateOnly(2026, 12, 10), Section47Outcomes.ConferenceRequired, true, new DateOnly(2026, 12, 17)), NewId.NextGuid());
        await system.PublishAsync(new ConferenceHeld(conference, id, laChildId, new DateOnly(2026, 12, 16), ConferenceKinds.Initial, PlanRequired: true), NewId.NextGuid());
        await system.PublishAsync(new ChildProtectionPlanStarted(plan, id, laChildId, new DateOnly(2026, 12, 16), "NEG"), NewId.NextGuid());
        await system.PublishAsync(new ChildProtectionPlanEnded(plan, id, laChildId, new DateOnly(2027, 6, 30), "step-down-to-family-help"), NewId.NextGuid());
        // An event about a referral this service never held is skipped, not an error.
        await system.PublishAsync(new ConferenceHeld(Guid.NewGuid(), Guid.NewGuid(), laChildId, new DateOnly(2026, 12, 16), ConferenceKinds.Review, false), NewId.NextGuid());

        var details = await Eventually.ReturnsAsync(() => system.Gateway.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}"),
            d => d.GetProperty("onwardPath").GetArrayLength() >= 6, TimeSpan.FromSeconds(30), "six onward steps");
        // The republished message has been applied too (its own inbox row) before the steps are counted.
        await Eventually.ReturnsAsync(
            () => system.CountAsync("referrals", "SELECT count(*) FROM inbox_messages WHERE consumer = 'StrategyDiscussionHeldConsumer' AND message_id = @id", ("id", republished)),
            n => n == 1, TimeSpan.FromSeconds(30), "the republished event to be consumed");
        var path = details.GetProperty("onwardPath").EnumerateArray().ToList();
        Assert.Equal(
            ["strategy-discussion-held", "section-47-started", "section-47-completed", "conference-held", "child-protection-plan-started", "child-protection-plan-ended"],
            path.Select(s => s.GetProperty("stage").GetString()!).ToArray());
        Assert.Equal("threshold-met", path[0].GetProperty("outcome").GetString());
        Assert.Equal("2026-12-17", path[1].GetProperty("dueBy").GetString());
        Assert.Equal("NEG", path[4].GetProperty("outcome").GetString());
        Assert.Equal(6, await system.CountAsync("referrals", "SELECT count(*) FROM onward_steps WHERE referral_id = @id", ("id", id)));
    }
}
