using System.Net;
using Macpt.Contracts.Referrals;
using Xunit.Abstractions;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// With RabbitMQ stopped the front door keeps working; afterwards every event arrives: each decision on the bus (the
/// test's own queue, with no inbox to hide a duplicate, counts the copies), one strategy discussion each, nothing in an
/// error queue.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class BrokerOutageTests(MacptSystem system, ITestOutputHelper output)
{
    private const int Referrals = 25;

    [Fact]
    public async Task Referrals_and_decisions_made_while_the_broker_is_down_reach_enquiries_exactly_once()
    {
        await using var observer = await BusObserver.StartAsync<ReferralDecided>(system);
        var errorsBefore = await system.ErrorQueueMessagesAsync();
        await system.StopResourceAsync("rabbitmq");
        var ids = new List<Guid>();
        try
        {
            for (var i = 0; i < Referrals; i++)
            {
                var id = await Macpt.EndToEnd.Tests.Referrals.CreateAsync(system.Gateway);
                using var decided = await Macpt.EndToEnd.Tests.Referrals.DecideAsync(system.Gateway, id, i % 5 == 0 ? "immediate-protection" : "strategy-discussion");
                Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
                ids.Add(id);
            }
            // Held in the outbox, not lost: every decision is waiting to be published.
            var waiting = await system.CountAsync("referrals",
                "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND message_type = 'Macpt.Contracts.Referrals.ReferralDecided' AND (payload->>'referralId')::uuid = ANY(@ids)",
                ("ids", ids.ToArray()));
            Assert.Equal(Referrals, waiting);

            // The service reports the lost broker on /health (so ops see it) while still taking referrals.
            using var referrals = system.ServiceClient("referrals");
            await Eventually.ReturnsAsync(async () =>
                {
                    using var health = await referrals.GetAsync("/health");
                    return (health.StatusCode, Body: await health.Content.ReadAsStringAsync());
                },
                h => h.StatusCode == HttpStatusCode.ServiceUnavailable && h.Body.Contains("\"broker\""), TimeSpan.FromSeconds(30), "/health to report the broker down");
        }
        finally
        {
            await system.StartResourceAsync("rabbitmq");
        }

        const string countSql = "SELECT count(*) FROM strategy_discussions WHERE referral_id = ANY(@ids)";
        await Eventually.ReturnsAsync(() => system.CountAsync("enquiries", countSql, ("ids", ids.ToArray())),
            n => n >= Referrals, TimeSpan.FromSeconds(90), "every strategy discussion after the broker restarted");

        // Give any duplicate a chance to land before counting: the outbox must be empty of these rows.
        await Eventually.ReturnsAsync(() => system.CountAsync("referrals",
                "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND (payload->>'referralId')::uuid = ANY(@ids)", ("ids", ids.ToArray())),
            n => n == 0, TimeSpan.FromSeconds(30), "the outbox to drain");
        var copies = (await observer.DrainAsync("referralId")).Where(c => ids.Contains(c.Id)).ToList();
        var errors = await system.ErrorQueueMessagesAsync() - errorsBefore;
        output.WriteLine($"decided while the broker was down = {Referrals}; copies on the bus = {copies.Count} for {copies.Select(c => c.Id).Distinct().Count()} referrals; in error queues = {errors}");
        Assert.Equal(Referrals, copies.Select(c => c.Id).Distinct().Count());
        Assert.Equal(0, errors);
        Assert.Equal(Referrals, await system.CountAsync("enquiries", countSql, ("ids", ids.ToArray())));
        Assert.Equal(Referrals, await system.CountAsync("enquiries",
            "SELECT count(DISTINCT referral_id) FROM strategy_discussions WHERE referral_id = ANY(@ids)", ("ids", ids.ToArray())));
    }
}
