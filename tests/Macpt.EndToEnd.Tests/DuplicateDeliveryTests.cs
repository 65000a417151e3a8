using System.Text.Json;
using Macpt.Contracts.Referrals;
using MassTransit;
using Xunit.Abstractions;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// The bus may deliver a message more than once; the inbox applies it once. Shown by the mechanism itself, for
/// every consumer: a redelivered message (same id) is skipped by the inbox (<c>macpt.inbox.duplicates</c> counts
/// it under that consumer), changes no table of any service, and reaches no error queue. None of that leans on a
/// unique index: a duplicate that got past the inbox would either change a row count (an effect with no unique
/// index) or fail on one and end in the error queue (an effect with one), and in both cases not be counted.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class DuplicateDeliveryTests(MacptSystem system, ITestOutputHelper output)
{
    private static readonly IReadOnlyList<string> Services = Macpt.Contracts.ServiceNames.Apis;
    private const string DuplicatesCounter = "macpt.inbox.duplicates";

    /// <summary>Every event type issue 17 added: the flows above must publish each.</summary>
    private static readonly Type[] ReportingEvents =
    [
        typeof(ConsultationRequested), typeof(ConsultationAnswered), typeof(Macpt.Contracts.Enquiries.StrategyDiscussionRequested),
        typeof(Macpt.Contracts.Conferences.CoreGroupHeld), typeof(Macpt.Contracts.FamilyNetworks.FamilyNetworkMeetingOffered),
        typeof(Macpt.Contracts.FamilyNetworks.FamilyNetworkMeetingOfferAnswered), typeof(Macpt.Contracts.Advocacy.AdvocacyOfferAnswered),
    ];

    [Fact]
    public async Task Every_consumer_skips_a_redelivered_message_counts_it_and_sends_nothing_to_an_error_queue()
    {
        var startedAt = DateTimeOffset.UtcNow;
        // 1. Real events of every kind, from the flows other tests tell: referral to initial conference (with
        //    advocacy and a family plan), then a plan from its conference to its end, and a consultation that becomes a referral.
        await new WholePathTests(system).One_child_is_followed_from_referral_to_the_initial_conference_through_every_service();
        await new ConferencePlanTests(system).A_plan_starts_on_the_conference_date_is_reviewed_at_3_then_6_months_and_ends_with_a_step_down();
        await new ConsultationTests(system).A_consultation_is_advised_then_becomes_a_referral_keeping_the_link();
        await system.QuietAsync();

        // 2. The latest event of each type the flows published, as stored in its producer's outbox (its row id is its message id).
        var events = new List<(string Service, Guid Id, string Type, string Payload)>();
        foreach (var service in Services)
        {
            await using var db = await system.OpenDatabaseAsync(service);
            await using var command = new Npgsql.NpgsqlCommand(
                // By sent_at, which is real time: created_at follows the request's "now", which the plan flow sets months ahead.
                "SELECT DISTINCT ON (message_type) id, message_type, payload FROM outbox_messages WHERE sent_at >= @since ORDER BY message_type, sent_at DESC", db);
            command.Parameters.AddWithValue("since", startedAt);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) events.Add((service, reader.GetGuid(0), reader.GetString(1), reader.GetString(2)));
        }
        // The events the reporting service is built on (issue 17) are among them, so its consumers will have one to skip too.
        var missing = ReportingEvents.Where(t => events.All(e => e.Type != t.FullName)).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, $"event types the flows did not publish: {string.Join(", ", missing)}");
        // Which consumers applied each (their inbox rows): each must skip it now.
        var expected = new Dictionary<(string Service, string Consumer), int>();
        foreach (var service in Services)
        {
            await using var db = await system.OpenDatabaseAsync(service);
            await using var command = new Npgsql.NpgsqlCommand("SELECT consumer FROM inbox_messages WHERE message_id = ANY(@ids)", db);
            command.Parameters.AddWithValue("ids", events.Select(e => e.Id).ToArray());
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) expected[(service, reader.GetString(0))] = expected.GetValueOrDefault((service, reader.GetString(0))) + 1;
        }

        // 3. Every consumer the broker knows has one of them to skip (a consumer added later is covered or this fails).
        var consumerQueues = (await system.BrokerQueuesAsync()).Keys
            .Where(q => Services.Any(s => q.StartsWith(s + "-", StringComparison.Ordinal)) && !q.EndsWith("_error", StringComparison.Ordinal) && !q.EndsWith("_skipped", StringComparison.Ordinal))
            .Order().ToList();
        // Reporting consumes every event type: it is held to every type the flows published (a type no flow publishes has no stored event to redeliver).
        var republished = events.Select(e => Normalised(e.Type[(e.Type.LastIndexOf('.') + 1)..])).ToHashSet(StringComparer.Ordinal);
        var uncovered = consumerQueues.Where(q => !expected.Keys.Any(k => Normalised(q) == Normalised(k.Service + k.Consumer.Replace("Consumer", "", StringComparison.Ordinal))))
            .Where(q => !q.StartsWith(Macpt.Contracts.ServiceNames.Reporting + "-", StringComparison.Ordinal) || republished.Contains(Normalised(q[(Macpt.Contracts.ServiceNames.Reporting.Length + 1)..])))
            .ToList();
        output.WriteLine($"{events.Count} event types republished, {consumerQueues.Count} consumer queues, {expected.Count} consumers to skip them");
        Assert.True(uncovered.Count == 0, $"consumers with no redelivered message: {string.Join(", ", uncovered)}");

        var tablesBefore = await TableCountsAsync();
        var errorsBefore = await system.ErrorQueueMessagesAsync();
        var duplicatesBefore = system.Telemetry.CounterTotals(DuplicatesCounter, "consumer");

        // 4. Redeliver each under its own id.
        foreach (var e in events)
        {
            var type = typeof(ReferralDecided).Assembly.GetType(e.Type) ?? throw new InvalidOperationException($"No contract {e.Type}.");
            await system.RepublishAsync(JsonSerializer.Deserialize(e.Payload, type, JsonSerializerOptions.Web)!, type, e.Id);
        }

        // 5. Each consumer counts exactly its skips...
        double Delta(IReadOnlyDictionary<(string, string), double> after, (string, string) key) => after.GetValueOrDefault(key) - duplicatesBefore.GetValueOrDefault(key);
        // Waited for but not asserted yet: when the inbox is broken, the table changes and error queues below say what got through.
        var counting = System.Diagnostics.Stopwatch.StartNew();
        while (counting.Elapsed < TimeSpan.FromSeconds(60) && !expected.All(x => Delta(system.Telemetry.CounterTotals(DuplicatesCounter, "consumer"), x.Key) >= x.Value))
        {
            await Task.Delay(250);
        }
        await system.QuietAsync();
        var duplicatesAfter = system.Telemetry.CounterTotals(DuplicatesCounter, "consumer");
        var tablesAfter = await TableCountsAsync();
        var errorsAfter = await system.ErrorQueueMessagesAsync();
        foreach (var (key, count) in expected.OrderBy(x => x.Key))
        {
            var changed = string.Join(", ", tablesAfter.Where(t => t.Key.Service == key.Service && t.Value != tablesBefore.GetValueOrDefault(t.Key))
                .Select(t => $"{t.Key.Table} {tablesBefore.GetValueOrDefault(t.Key)}→{t.Value}"));
            output.WriteLine($"{key.Service}/{key.Consumer}: redelivered {count}, counted as duplicates {Delta(duplicatesAfter, key)}; {key.Service} tables changed: {(changed.Length == 0 ? "none" : changed)}");
        }
        output.WriteLine($"error queues {errorsBefore} → {errorsAfter}; undecodable metric exports {system.Telemetry.MalformedMetricPayloads}");

        // ...changes nothing anywhere (no effect row, no inbox row, no outbox row)...
        Assert.All(expected, x => Assert.True(Delta(duplicatesAfter, x.Key) == x.Value, $"{x.Key}: {Delta(duplicatesAfter, x.Key)} duplicates counted for {x.Value} redelivered"));
        Assert.Equal(tablesBefore, tablesAfter);
        // ...and sends nothing to an error queue.
        Assert.Equal(errorsBefore, errorsAfter);
        Assert.Equal(0, system.Telemetry.MalformedMetricPayloads);
    }

    [Fact]
    public async Task The_same_decision_delivered_twice_creates_one_strategy_discussion()
    {
        var referralId = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var decided = new ReferralDecided(referralId, Referrals.NewChildId(), ReferralDecisionTypes.StrategyDiscussion,
            DateTimeOffset.UtcNow, "lcpp-7", DateTimeOffset.UtcNow.AddHours(-2));
        var skippedBefore = EnquiriesSkipped();
        var errorsBefore = await system.ErrorQueueMessagesAsync();

        await system.PublishAsync(decided, messageId);
        await system.PublishAsync(decided, messageId);
        // A redelivery under a new message id (a replayed event) must not create a second one either: here the
        // unique referral id, not the inbox, is what stops it.
        var replayedId = NewId.NextGuid();
        await system.PublishAsync(decided, replayedId);

        await Eventually.ReturnsAsync(
            () => system.CountAsync("enquiries", "SELECT count(*) FROM inbox_messages WHERE consumer = 'ReferralDecidedConsumer' AND message_id = @id", ("id", messageId)),
            n => n == 1, TimeSpan.FromSeconds(30), "the first delivery to be applied");
        var discussions = await Eventually.ReturnsAsync(() => Referrals.StrategyDiscussionsAsync(system.Gateway, referralId),
            d => d.GetArrayLength() > 0, TimeSpan.FromSeconds(30), "the strategy discussion");
        await Eventually.ReturnsAsync(
            () => system.CountAsync("enquiries", "SELECT count(*) FROM inbox_messages WHERE consumer = 'ReferralDecidedConsumer' AND message_id = @id", ("id", replayedId)),
            n => n == 1, TimeSpan.FromSeconds(30), "the replay under a new id to be consumed");
        // The second delivery under the same id was skipped by the inbox, and counted as such.
        var skipped = await Eventually.ReturnsAsync(() => Task.FromResult(EnquiriesSkipped() - skippedBefore), n => n >= 1, TimeSpan.FromSeconds(30),
            "enquiries to count the skipped redelivery");
        Assert.Equal(1, await system.CountAsync("enquiries", "SELECT count(*) FROM inbox_messages WHERE message_id = @id", ("id", messageId)));
        Assert.Equal(1, discussions.GetArrayLength());
        Assert.Equal(1, await system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE referral_id = @id", ("id", referralId)));
        Assert.Equal(1, skipped);
        Assert.Equal(errorsBefore, await system.ErrorQueueMessagesAsync());
    }

    private double EnquiriesSkipped() => system.Telemetry.CounterTotals(DuplicatesCounter, "consumer").GetValueOrDefault(("enquiries", "ReferralDecidedConsumer"));

    private static string Normalised(string name) => name.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();

    private async Task<Dictionary<(string Service, string Table), long>> TableCountsAsync()
    {
        var counts = new Dictionary<(string, string), long>();
        foreach (var service in Services)
        {
            await using var db = await system.OpenDatabaseAsync(service);
            var tables = new List<string>();
            await using (var list = new Npgsql.NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1", db))
            await using (var reader = await list.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
            }
            foreach (var table in tables)
            {
                await using var count = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", db);
                counts[(service, table)] = Convert.ToInt64(await count.ExecuteScalarAsync());
            }
        }
        return counts;
    }
}
