using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.Contracts.Referrals;
using Xunit.Abstractions;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Faults that hit work in flight, each during a stream of referrals with decisions: RabbitMQ SIGKILLed while the
/// outbox holds unsent rows and a consumer holds unacknowledged messages; PostgreSQL's postmaster SIGKILLed and
/// restarted; a consumer replica SIGKILLed while it holds unacknowledged messages. Then one service's database closed,
/// and a poison message. Every accepted referral is accounted for and every figure printed is measured.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class FaultTests(MacptSystem system, ITestOutputHelper output)
{
    /// <summary>Referrals per stream: modest in CI; <c>scripts/bench.sh --faults</c> sets MACPT_FAULT_STREAM=10000.</summary>
    private static readonly int StreamSize = int.TryParse(Environment.GetEnvironmentVariable("MACPT_FAULT_STREAM"), out var n) && n > 0 ? n : 600;
    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(StreamSize >= 5000 ? 15 : 5);

    [Fact]
    public async Task RabbitMQ_killed_while_the_outbox_holds_unsent_rows_and_a_consumer_holds_unacknowledged_messages_loses_nothing()
    {
        var killedAt = DateTimeOffset.MinValue;
        var stream = await FaultedStreamAsync(async (stream, clock) =>
        {
            System.Diagnostics.Process? frozen = null;
            var brokerFrozen = false;
            try
            {
                // A consumer holding messages it has not acknowledged (frozen, so the broker's figure stays true until the kill)...
                (frozen, var held) = await system.FreezeReplicaHoldingMessagesAsync("enquiries", TimeSpan.FromSeconds(60));
                var queues = await system.BrokerQueuesAsync();
                // ...and the outbox holding rows not yet published: the broker is frozen (SIGSTOP) first, so the publishes in
                // flight wait for confirms that do not come and the rows written meanwhile wait behind them; then it is killed.
                // (Left alone, a dispatcher publishes a row within milliseconds of its commit: a kill would rarely find one.)
                await system.FreezeBrokerAsync();
                brokerFrozen = true;
                var unsentAtKill = await Eventually.ReturnsAsync(UnsentDecisionsAsync, u => u >= 10, TimeSpan.FromSeconds(60), "ten unsent decisions in the referrals outbox");
                killedAt = DateTimeOffset.UtcNow;
                await system.KillBrokerOnlyAsync();
                brokerFrozen = false;
                await MacptSystem.SignalAsync(frozen.Id, "CONT");
                frozen = null;
                output.WriteLine($"RabbitMQ SIGKILLed at {clock.Elapsed.TotalSeconds:0} s with {stream.AcceptedCount} accepted; just before: the frozen enquiries replica held {held} unacknowledged " +
                    $"(broker: {Figures(queues, "enquiries-referral-decided")}; {Figures(queues, "familynetworks-referral-decided")}), the referrals outbox held {unsentAtKill} unsent decisions (the broker frozen meanwhile)");
                var unsentWhileDown = await Eventually.ReturnsAsync(UnsentDecisionsAsync, u => u > unsentAtKill, TimeSpan.FromSeconds(60), "the outbox to keep the decisions taken while the broker is down");
                await system.StartResourceAsync("rabbitmq");
                output.WriteLine($"RabbitMQ restarted after {(DateTimeOffset.UtcNow - killedAt).TotalSeconds:0.0} s; the outbox held {unsentWhileDown} unsent decisions meanwhile");
            }
            finally
            {
                if (frozen is not null) await MacptSystem.SignalAsync(frozen.Id, "CONT");
                if (brokerFrozen) await system.ThawBrokerAsync();
            }
        });
        var ids = stream.Accepted.ToArray();
        // Afterwards, from the stored times: rows written before the kill but published only after the restart (the
        // outbox held them), and decisions published before the kill but applied only after it (the broker held them).
        var heldByOutbox = await system.CountAsync("referrals",
            "SELECT count(*) FROM outbox_messages WHERE message_type = @type AND (payload->>'referralId')::uuid = ANY(@ids) AND created_at < @killed AND sent_at > @killed",
            ("type", typeof(ReferralDecided).FullName!), ("ids", ids), ("killed", killedAt));
        var publishedBeforeKill = await MessageIdsAsync(ids, "sent_at < @killed", killedAt);
        var appliedAfterKill = await system.CountAsync("enquiries",
            "SELECT count(*) FROM inbox_messages WHERE consumer = 'ReferralDecidedConsumer' AND message_id = ANY(@ids) AND processed_at > @killed",
            ("ids", publishedBeforeKill), ("killed", killedAt));
        output.WriteLine($"held through the kill: {heldByOutbox} decisions in the outbox (written before, published after), {appliedAfterKill} on the broker (published before, applied by enquiries after)");
        Assert.True(heldByOutbox > 0, "the kill hit rows the outbox had not yet published");
        Assert.True(appliedAfterKill > 0, "the kill hit messages the broker had delivered or queued but enquiries had not finished");
    }

    [Fact]
    public async Task PostgreSQL_postmaster_killed_under_load_and_restarted_loses_nothing()
    {
        var stream = await FaultedStreamAsync(async (stream, clock) =>
        {
            var active = await system.CountAsync("referrals", "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid()");
            var acceptedAtKill = stream.AcceptedCount;
            var (down, orphaned) = await system.KillPostgresAsync();
            output.WriteLine($"PostgreSQL's postmaster SIGKILLed at {clock.Elapsed.TotalSeconds:0} s with {acceptedAtKill} accepted and {active} other statements running; " +
                $"{orphaned} server processes orphaned; accepting connections again after {down.TotalSeconds:0.0} s");
        });
        Assert.True(stream.Refusals.Values.Sum() > 0, "the kill hit requests in flight (some were refused while PostgreSQL was down)");
    }

    [Fact]
    public async Task A_consumer_replica_killed_while_it_holds_unacknowledged_messages_loses_nothing() =>
        await FaultedStreamAsync(async (_, clock) =>
        {
            var (frozen, held) = await system.FreezeReplicaHoldingMessagesAsync("enquiries", TimeSpan.FromSeconds(60));
            var instance = await system.KillReplicaProcessAsync("enquiries", frozen);
            output.WriteLine($"enquiries replica {instance} SIGKILLed at {clock.Elapsed.TotalSeconds:0} s holding {held} unacknowledged messages (the broker's count on its own channels)");
            await system.RestartInstanceAsync("enquiries", instance);
        });

    /// <summary>
    /// The one shape of a fault test: a stream of referrals with decisions, the fault applied once a fifth is accepted
    /// (the rest keeps coming through it), then every accepted referral accounted for. A fault step that fails stops
    /// the stream, so the failure is reported and the next test starts quiet.
    /// </summary>
    private async Task<ReferralStream> FaultedStreamAsync(Func<ReferralStream, System.Diagnostics.Stopwatch, Task> fault)
    {
        await using var observer = await BusObserver.StartAsync<ReferralDecided>(system);
        var before = await BaselineAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var stream = new ReferralStream(system, StreamSize);
        var running = stream.RunAsync();
        var faultDone = false;
        try
        {
            await Eventually.ReturnsAsync(() => Task.FromResult(stream.AcceptedCount), a => a >= StreamSize / 5, Settle, "a fifth of the stream");
            await fault(stream, clock);
            faultDone = true;
        }
        finally
        {
            await StopUnlessAsync(faultDone, stream, running);
        }
        await running;
        await AccountForAsync(stream, observer, before, clock);
        return stream;
    }

    /// <summary>When a fault step failed, stops the stream and lets it finish, so that the next test starts quiet.</summary>
    private static async Task StopUnlessAsync(bool faultDone, ReferralStream stream, Task running)
    {
        if (faultDone) return;
        stream.Stop();
        try { await running; } catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
    }

    private sealed record Baseline(double Published, double Duplicates, long ErrorQueues);

    private async Task<Baseline> BaselineAsync() => new(Published(), InboxDuplicates(), await system.ErrorQueueMessagesAsync());

    private double Published() => system.Telemetry.CounterTotal("macpt.outbox.published",
        r => r.GetValueOrDefault("service.name") == "referrals", t => t.GetValueOrDefault("message.type") == nameof(ReferralDecided));

    private double InboxDuplicates() => system.Telemetry.CounterTotal("macpt.inbox.duplicates", tags: t => t.GetValueOrDefault("consumer") == "ReferralDecidedConsumer");

    private Task<long> UnsentDecisionsAsync() => system.CountAsync("referrals", "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND message_type = @type",
        ("type", typeof(ReferralDecided).FullName!));

    private async Task<Guid[]> MessageIdsAsync(Guid[] referralIds, string condition, DateTimeOffset at)
    {
        await using var db = await system.OpenDatabaseAsync("referrals");
        await using var command = new Npgsql.NpgsqlCommand(
            $"SELECT id FROM outbox_messages WHERE message_type = @type AND (payload->>'referralId')::uuid = ANY(@ids) AND {condition}", db);
        command.Parameters.AddWithValue("type", typeof(ReferralDecided).FullName!);
        command.Parameters.AddWithValue("ids", referralIds);
        command.Parameters.AddWithValue("killed", at);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetGuid(0));
        return [.. ids];
    }

    private static string Figures(IReadOnlyDictionary<string, MacptSystem.QueueFigures> queues, string queue) =>
        queues.TryGetValue(queue, out var q) ? $"{queue} {q.Ready} ready, {q.Unacknowledged} unacknowledged, {q.Consumers} consumers" : $"{queue} absent";

    /// <summary>
    /// Every submitted referral in one bucket, and every accepted one followed to its effect: a strategy discussion
    /// (lost if none), one decision event in the outbox (duplicated if more: no unique key there), a copy on the bus
    /// (counted by the test's own queue, with no inbox or unique key), nothing in any error queue.
    /// </summary>
    private async Task AccountForAsync(ReferralStream stream, BusObserver observer, Baseline before, System.Diagnostics.Stopwatch clock)
    {
        var ids = stream.Accepted.ToArray();
        output.WriteLine($"stream done at {clock.Elapsed.TotalSeconds:0} s: {stream.Summary()}");
        const string distinctSql = "SELECT count(DISTINCT referral_id) FROM strategy_discussions WHERE referral_id = ANY(@ids)";
        // Waited for, but not asserted here: if something was lost, the counts below say how much.
        var settled = await UntilAsync(() => system.CountAsync("enquiries", distinctSql, ("ids", ids)), d => d == ids.Length, Settle)
            && await UntilAsync(() => system.CountAsync("referrals",
                "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND (payload->>'referralId')::uuid = ANY(@ids)", ("ids", ids)), u => u == 0, Settle);
        var settledAt = clock.Elapsed;

        var discussions = await system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE referral_id = ANY(@ids)", ("ids", ids));
        var distinct = await system.CountAsync("enquiries", distinctSql, ("ids", ids));
        var decisionRows = await system.CountAsync("referrals",
            "SELECT count(*) FROM outbox_messages WHERE message_type = @type AND (payload->>'referralId')::uuid = ANY(@ids)", ("type", typeof(ReferralDecided).FullName!), ("ids", ids));
        var accepted = ids.ToHashSet();
        var copies = (await observer.DrainAsync("referralId")).Where(c => accepted.Contains(c.Id)).ToList();
        var onBus = copies.Select(c => c.Id).Distinct().Count();
        await UntilAsync(() => Task.FromResult(Published() - before.Published), p => p >= decisionRows, TimeSpan.FromSeconds(30));
        var published = Published() - before.Published;
        var duplicatesSkipped = InboxDuplicates() - before.Duplicates;
        var errors = await system.ErrorQueueMessagesAsync() - before.ErrorQueues;

        output.WriteLine($"{(settled ? "settled" : "NOT settled")} at {settledAt.TotalSeconds:0} s; accepted = {ids.Length}: strategy discussions = {discussions} for {distinct} referrals " +
            $"(lost = {ids.Length - distinct}, duplicated = {discussions - distinct}); decision events in the outbox = {decisionRows} (duplicated = {decisionRows - ids.Length}); " +
            $"published = {published} (re-published = {published - decisionRows}); copies on the bus = {copies.Count} for {onBus} referrals (lost on the bus = {ids.Length - onBus}, " +
            $"duplicates on the bus = {copies.Count - onBus}); redeliveries skipped by the ReferralDecided inboxes = {duplicatesSkipped}; in error queues = {errors}");

        Assert.True(stream.Unexpected.Count == 0, $"answers other than success or a 503 problem, or no answer: {stream.Summary()}");
        Assert.Equal(stream.Size, stream.AcceptedCount + stream.Refused.Values.Sum());
        Assert.Equal(0, ids.Length - distinct);
        Assert.Equal(0, discussions - distinct);
        Assert.Equal(ids.Length, decisionRows);
        Assert.Equal(0, ids.Length - onBus);
        Assert.Equal(0, errors);
    }

    /// <summary>Polls until <paramref name="done"/> or the deadline; says which.</summary>
    private static async Task<bool> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan within)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            if (done(await probe())) return true;
            await Task.Delay(250);
        }
        return done(await probe());
    }

    [Fact]
    public async Task A_closed_database_makes_only_its_service_answer_503_and_nothing_is_lost_when_it_reopens()
    {
        var (_, heldDiscussion) = await Enquiries.DiscussionAsync(system, null);
        var decidedDuringOutage = new List<Guid>();
        var errorsBefore = await system.ErrorQueueMessagesAsync();
        await system.SetDatabaseOpenAsync("enquiries", open: false);
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using var list = await system.Gateway.GetAsync("/api/enquiries/strategy-discussions");
            var answeredIn = clock.Elapsed;
            await Problem.AssertAsync(list, HttpStatusCode.ServiceUnavailable);
            output.WriteLine($"enquiries answered 503 in {answeredIn.TotalMilliseconds:0} ms with its database closed");
            Assert.True(answeredIn < TimeSpan.FromSeconds(10), "503 promptly, not a hang");
            using var outcome = await system.SendAsync(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{heldDiscussion}/outcome",
                Enquiries.Outcome(Enquiries.Today(), thresholdMet: true));
            await Problem.AssertAsync(outcome, HttpStatusCode.ServiceUnavailable);

            // Referrals carry on: referrals and decisions are taken, their events wait for enquiries.
            for (var i = 0; i < 10; i++)
            {
                var id = await Referrals.CreateAsync(system.Gateway);
                using var decided = await Referrals.DecideAsync(system.Gateway, id, "strategy-discussion");
                Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
                decidedDuringOutage.Add(id);
            }
            await Task.Delay(TimeSpan.FromSeconds(10)); // the fault itself: longer than the ordinary retries (8.6 s), so only the outage retries keep the messages
        }
        finally
        {
            await system.SetDatabaseOpenAsync("enquiries", open: true);
        }

        var ids = decidedDuringOutage.ToArray();
        await Eventually.ReturnsAsync(() => system.CountAsync("enquiries", "SELECT count(DISTINCT referral_id) FROM strategy_discussions WHERE referral_id = ANY(@ids)", ("ids", ids)),
            n => n >= ids.Length, TimeSpan.FromMinutes(2), "the discussions decided during the outage");
        var discussions = await system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE referral_id = ANY(@ids)", ("ids", ids));
        var distinct = await system.CountAsync("enquiries", "SELECT count(DISTINCT referral_id) FROM strategy_discussions WHERE referral_id = ANY(@ids)", ("ids", ids));
        // Nothing half-written by the refused outcome: no outcome, no enquiry, no event.
        var discussion = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/enquiries/strategy-discussions/{heldDiscussion}");
        Assert.False(discussion.TryGetProperty("outcome", out _));
        Assert.Equal(0, await system.CountAsync("enquiries", "SELECT count(*) FROM section_47_enquiries WHERE strategy_discussion_id = @id", ("id", heldDiscussion)));
        // And it works again.
        using var after = await system.SendAsync(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{heldDiscussion}/outcome", Enquiries.Outcome(Enquiries.Today(), thresholdMet: true));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        await Eventually.ReturnsAsync(() => system.CountAsync("enquiries",
                "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND payload->>'strategyDiscussionId' = @id", ("id", heldDiscussion.ToString())),
            n => n == 0, TimeSpan.FromSeconds(30), "the enquiries outbox to drain");
        var errors = await system.ErrorQueueMessagesAsync() - errorsBefore;
        output.WriteLine($"decided during the outage = {ids.Length}, discussions after = {discussions} for {distinct} referrals, lost = {ids.Length - distinct}, " +
            $"duplicated = {discussions - distinct}, in error queues = {errors}");
        Assert.Equal(ids.Length, distinct);
        Assert.Equal(distinct, discussions);
        Assert.Equal(0, errors);
    }

    [Fact]
    public async Task A_poison_message_ends_in_the_error_queue_after_the_retries_while_others_flow()
    {
        const string errorQueue = "enquiries-referral-decided_error";
        // A decision naming a child id longer than the column: the consumer fails on every attempt.
        var poisonId = Guid.NewGuid();
        var poison = new ReferralDecided(poisonId, new string('P', 40), ReferralDecisionTypes.StrategyDiscussion, DateTimeOffset.UtcNow, "lcpp-0042", DateTimeOffset.UtcNow.AddHours(-1));
        var before = await ErrorQueueDepthAsync(errorQueue);
        var retriedBefore = EnquiriesDecisionConsumes("macpt.inbox.redelivered", "kind", "retry");
        var failedBefore = EnquiriesDecisionConsumes("macpt.inbox.processing.duration", "outcome", "failed");
        var poisonMessageId = Guid.NewGuid();
        var publishedAt = DateTimeOffset.UtcNow;
        await system.PublishAsync(poison, poisonMessageId);
        // Watch for it in the error queue, noting when it got there.
        var arrival = Task.Run(() => Eventually.ReturnsAsync(async () => (Depth: await ErrorQueueDepthAsync(errorQueue), At: DateTimeOffset.UtcNow), d => d.Depth > before,
            TimeSpan.FromSeconds(60), "the poison message in the error queue"));

        // Meanwhile others flow: ten ordinary decisions, sent at once.
        var ids = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            var id = await Referrals.CreateAsync(system.Gateway);
            (await Referrals.DecideAsync(system.Gateway, id, "strategy-discussion")).EnsureSuccessStatusCode();
            return id;
        }));
        var (after, arrivedAt) = await arrival;
        await Eventually.ReturnsAsync(() => system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE referral_id = ANY(@ids)", ("ids", ids)),
            n => n == ids.Length, TimeSpan.FromSeconds(30), "the ordinary decisions");
        // When enquiries applied each ordinary decision (its inbox row): before the poison gave up its retries.
        var decisionMessages = await MessageIdsAsync(ids, "true", publishedAt);
        await using var db = await system.OpenDatabaseAsync("enquiries");
        await using var command = new Npgsql.NpgsqlCommand("SELECT max(processed_at) FROM inbox_messages WHERE consumer = 'ReferralDecidedConsumer' AND message_id = ANY(@ids)", db);
        command.Parameters.AddWithValue("ids", decisionMessages);
        var lastApplied = (DateTime)(await command.ExecuteScalarAsync())!;

        // The message that arrived is the poison itself (by its message id), with MassTransit's account of the fault.
        var (found, faultType) = await FindInErrorQueueAsync(errorQueue, poisonMessageId);
        Assert.Equal(0, await system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE referral_id = @id", ("id", poisonId)));
        var exports = await Eventually.ReturnsAsync(() => Task.FromResult(system.Telemetry.PayloadsContaining(poisonMessageId.ToString(), "traces")), n => n > 0,
            TimeSpan.FromSeconds(30), "the poison message's failed attempts in the traces");
        output.WriteLine($"error queue {before} → {after}, {(arrivedAt - publishedAt).TotalSeconds:0.0} s after the poison was published; the poison found there by its message id: {found} ({faultType}); " +
            $"{ids.Length} ordinary decisions applied meanwhile, the last {(arrivedAt - new DateTimeOffset(lastApplied, TimeSpan.Zero)).TotalSeconds:0.0} s before the poison reached the error queue; " +
            $"trace exports naming the poison = {exports}");
        // The machinery's telemetry saw it: each retry counted, each failed attempt timed, the error queue's depth as the broker gives it.
        // Metrics are exported every second: the last attempt's figures may arrive after the poison reached its queue.
        var (retried, failed) = await Eventually.ReturnsAsync(() => Task.FromResult((
                EnquiriesDecisionConsumes("macpt.inbox.redelivered", "kind", "retry") - retriedBefore,
                EnquiriesDecisionConsumes("macpt.inbox.processing.duration", "outcome", "failed") - failedBefore)),
            c => c.Item1 >= RetriesBeforeTheErrorQueue && c.Item2 >= RetriesBeforeTheErrorQueue + 1, TimeSpan.FromSeconds(30), "every attempt's telemetry exported");
        var depthGauge = await Eventually.ReturnsAsync(() => Task.FromResult(system.Telemetry.GaugeLatest("macpt.error_queue.messages",
                r => r.GetValueOrDefault("service.name") == "enquiries", t => t.GetValueOrDefault("queue") == errorQueue).Select(g => g.Value).DefaultIfEmpty(-1).Max()),
            d => d >= after, TimeSpan.FromSeconds(60), "enquiries' error-queue gauge to show the poison");
        output.WriteLine($"telemetry: {retried} retries counted (macpt.inbox.redelivered), {failed} failed consumes timed, error-queue gauge {depthGauge}");
        Assert.Equal(before + 1, after);
        Assert.True(found, "the message in the error queue is the poison");
        Assert.True(retried >= RetriesBeforeTheErrorQueue, $"{retried} retries counted");
        Assert.True(failed >= RetriesBeforeTheErrorQueue + 1, $"{failed} failed consumes timed");
        Assert.Equal(after, depthGauge);
        Assert.True(new DateTimeOffset(lastApplied, TimeSpan.Zero) < arrivedAt, "the ordinary decisions were applied while the poison was still being retried");
    }

    /// <summary>MessagingRegistration.RetryIntervals: a message that keeps failing is retried this often, then goes to its error queue.</summary>
    private const int RetriesBeforeTheErrorQueue = 5;

    /// <summary>A counter's or a histogram's count of enquiries' ReferralDecidedConsumer consumes with one tag value.</summary>
    private double EnquiriesDecisionConsumes(string metric, string tag, string value)
    {
        bool Enquiries(IReadOnlyDictionary<string, string> r) => r.GetValueOrDefault("service.name") == "enquiries";
        bool Tags(IReadOnlyDictionary<string, string> t) => t.GetValueOrDefault("consumer") == "ReferralDecidedConsumer" && t.GetValueOrDefault(tag) == value;
        return metric.EndsWith(".duration", StringComparison.Ordinal)
            ? system.Telemetry.HistogramCount(metric, Enquiries, Tags)
            : system.Telemetry.CounterTotal(metric, Enquiries, Tags);
    }

    /// <summary>Messages in one error queue, read by a passive declare (milliseconds, where rabbitmqctl takes a second or two).</summary>
    private async Task<long> ErrorQueueDepthAsync(string queue)
    {
        var uri = new Uri(system.BrokerConnectionString);
        var (user, password) = system.BrokerCredentials;
        var factory = new RabbitMQ.Client.ConnectionFactory { HostName = uri.Host, Port = uri.Port, UserName = user, Password = password };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // not created until the first error
        }
    }

    /// <summary>Looks through an error queue without taking anything off it (every message read is requeued when the channel closes).</summary>
    private async Task<(bool Found, string? FaultType)> FindInErrorQueueAsync(string queue, Guid messageId)
    {
        var uri = new Uri(system.BrokerConnectionString);
        var (user, password) = system.BrokerCredentials;
        var factory = new RabbitMQ.Client.ConnectionFactory { HostName = uri.Host, Port = uri.Port, UserName = user, Password = password };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        while (await channel.BasicGetAsync(queue, autoAck: false) is { } got)
        {
            if (got.BasicProperties.MessageId == messageId.ToString())
            {
                object? header = null;
                got.BasicProperties.Headers?.TryGetValue("MT-Fault-ExceptionType", out header);
                return (true, header is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : header?.ToString());
            }
        }
        return (false, null);
    }
}
