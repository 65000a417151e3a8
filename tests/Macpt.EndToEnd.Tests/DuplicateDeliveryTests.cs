using Macpt.Contracts.Referrals;
using MassTransit;

namespace Macpt.EndToEnd.Tests;

/// <summary>The bus may deliver a message more than once; the consumer applies it once.</summary>
[Collection(MacptSystemCollection.Name)]
public sealed class DuplicateDeliveryTests(MacptSystem system)
{
    [Fact]
    public async Task The_same_decision_delivered_twice_creates_one_strategy_discussion()
    {
        var referralId = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var decided = new ReferralDecided(referralId, Referrals.NewChildId(), ReferralDecisionTypes.StrategyDiscussion,
            DateTimeOffset.UtcNow, "lcpp-7", DateTimeOffset.UtcNow.AddHours(-2));

        await system.PublishAsync(decided, messageId);
        await system.PublishAsync(decided, messageId);
        // A redelivery under a new message id (a replayed event) must not create a second one either.
        var replayedId = NewId.NextGuid();
        await system.PublishAsync(decided, replayedId);

        await Eventually.ReturnsAsync(
            () => system.CountAsync("enquiries", "SELECT count(*) FROM inbox_messages WHERE consumer = 'ReferralDecidedConsumer' AND message_id = @id", ("id", messageId)),
            n => n == 1, TimeSpan.FromSeconds(30), "the first delivery to be applied");
        var discussions = await Eventually.ReturnsAsync(() => Referrals.StrategyDiscussionsAsync(system.Gateway, referralId),
            d => d.GetArrayLength() > 0, TimeSpan.FromSeconds(30), "the strategy discussion");
        // Wait until the replay under a new id has itself been applied (its own inbox row), then count.
        await Eventually.ReturnsAsync(
            () => system.CountAsync("enquiries", "SELECT count(*) FROM inbox_messages WHERE consumer = 'ReferralDecidedConsumer' AND message_id = @id", ("id", replayedId)),
            n => n == 1, TimeSpan.FromSeconds(30), "the replay under a new id to be consumed");
        Assert.Equal(1, await system.CountAsync("enquiries", "SELECT count(*) FROM inbox_messages WHERE message_id = @id", ("id", messageId)));
        Assert.Equal(1, discussions.GetArrayLength());
        Assert.Equal(1, await system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE referral_id = @id", ("id", referralId)));
    }
}
