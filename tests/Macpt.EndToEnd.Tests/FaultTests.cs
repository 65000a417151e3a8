using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.Contracts.Referrals;
using Xunit.Abstractions;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Whatever fails, no referral or decision is lost or applied twice: the broker killed mid-stream, a consumer's
/// replica killed mid-message, one service's database closed, a poison message. Each test prints its counts.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class FaultTests(MacptSystem system, ITestOutputHelper output)
{
    private const int StreamSize = 2000;
    private const int Concurrency = 12;

    [Fact]
    public async Task Broker_and_a_consumer_replica_killed_mid_stream_lose_and_duplicate_nothing()
    {
        var accepted = new ConcurrentBag<Guid>();
        var refused = 0;
        var submitted = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(6));

        async Task Submitter()
        {
            while (Interlocked.Increment(ref submitted) <= StreamSize && !stop.IsCancellationRequested)
            {
                try
                {
                    var id = await Referrals.CreateAsync(system.Gateway);
                    using var decided = await Referrals.DecideAsync(system.Gateway, id, "strategy-discussion");
                    if (decided.StatusCode == HttpStatusCode.OK) accepted.Add(id);
                    else Interlocked.Increment(ref refused);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Xunit.Sdk.XunitException)
                {
                    Interlocked.Increment(ref refused);
                }
            }
        }

        var stream = Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(Submitter)));
        await Eventually.ReturnsAsync(() => Task.FromResult(accepted.Count), n => n >= StreamSize / 10, TimeSpan.FromMinutes(3), "a tenth of the stream");
        await system.KillBrokerAsync(); // SIGKILL, then started again: the outboxes hold everything meanwhile
        output.WriteLine($"RabbitMQ killed and restarted while the stream ran; {accepted.Count} accepted by then ({clock.Elapsed.TotalSeconds:0} s)");

        // With the broker back, enquiries is working through the backlog: kill a replica in the middle of it.
        var ids0 = accepted.ToArray();
        await Eventually.ReturnsAsync(() => system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE referral_id = ANY(@ids)", ("ids", ids0)),
            n => n > 0, TimeSpan.FromMinutes(1), "enquiries to start on the backlog");
        var replica = await system.KillReplicaAsync("enquiries");
        var atKill = await system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE referral_id = ANY(@ids)", ("ids", accepted.ToArray()));
        output.WriteLine($"Enquiries replica {replica} SIGKILLed with {atKill} of {accepted.Count} accepted referrals' discussions applied ({clock.Elapsed.TotalSeconds:0} s)");
        await system.RestartInstanceAsync("enquiries", replica);
        await stream;
        output.WriteLine($"Stream done: {accepted.Count} accepted, {refused} refused, in {clock.Elapsed.TotalSeconds:0} s");

        var ids = accepted.ToArray();
        await Eventually.ReturnsAsync(() => system.CountAsync("enquiries",
                "SELECT count(DISTINCT referral_id) FROM strategy_discussions WHERE referral_id = ANY(@ids)", ("ids", ids)),
            n => n == ids.Length, TimeSpan.FromMinutes(4), "a strategy discussion for every accepted referral");
        await Eventually.ReturnsAsync(() => system.CountAsync("referrals",
                "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND (payload->>'referralId')::uuid = ANY(@ids)", ("ids", ids)),
            n => n == 0, TimeSpan.FromMinutes(1), "the referrals outbox to drain");
        var discussions = await system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE referral_id = ANY(@ids)", ("ids", ids));
        var distinct = await system.CountAsync("enquiries", "SELECT count(DISTINCT referral_id) FROM strategy_discussions WHERE referral_id = ANY(@ids)", ("ids", ids));
        var lost = ids.Length - distinct;
        var duplicated = discussions - distinct;
        output.WriteLine($"accepted = {ids.Length}, strategy discussions = {discussions}, lost = {lost}, duplicated = {duplicated}");
        Assert.Equal(StreamSize, ids.Length + refused);
        Assert.True(ids.Length >= StreamSize * 0.99, $"only {ids.Length} of {StreamSize} accepted: intake must not depend on the broker");
        Assert.Equal(0, lost);
        Assert.Equal(0, duplicated);
    }

    [Fact]
    public async Task A_closed_database_makes_only_its_service_answer_503_and_nothing_is_lost_when_it_reopens()
    {
        var (_, heldDiscussion) = await Enquiries.DiscussionAsync(system, null);
        var decidedDuringOutage = new List<Guid>();
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
            await Task.Delay(TimeSpan.FromSeconds(10)); // longer than the ordinary retries (8.6 s): only the outage retries keep the messages
        }
        finally
        {
            await system.SetDatabaseOpenAsync("enquiries", open: true);
        }

        var ids = decidedDuringOutage.ToArray();
        await Eventually.ReturnsAsync(() => system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE referral_id = ANY(@ids)", ("ids", ids)),
            n => n >= ids.Length, TimeSpan.FromMinutes(2), "the discussions decided during the outage");
        Assert.Equal(ids.Length, await system.CountAsync("enquiries", "SELECT count(DISTINCT referral_id) FROM strategy_discussions WHERE referral_id = ANY(@ids)", ("ids", ids)));
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
        output.WriteLine($"decided during the outage = {ids.Length}, discussions after = {ids.Length}, lost = 0");
    }

    [Fact]
    public async Task A_poison_message_ends_in_the_error_queue_after_the_retries_without_blocking_others()
    {
        // A decision naming a child id longer than the column: the consumer fails on every attempt.
        var poisonId = Guid.NewGuid();
        var poison = new ReferralDecided(poisonId, new string('P', 40), ReferralDecisionTypes.StrategyDiscussion, DateTimeOffset.UtcNow, "lcpp-0042", DateTimeOffset.UtcNow.AddHours(-1));
        var before = await ErrorQueueDepthAsync();
        var poisonMessageId = Guid.NewGuid();
        await system.PublishAsync(poison, poisonMessageId);

        // Meanwhile others flow: ten ordinary decisions reach enquiries within the poison's retry window.
        var ids = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            var id = await Referrals.CreateAsync(system.Gateway);
            (await Referrals.DecideAsync(system.Gateway, id, "strategy-discussion")).EnsureSuccessStatusCode();
            ids.Add(id);
        }
        await Eventually.ReturnsAsync(() => system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE referral_id = ANY(@ids)", ("ids", ids.ToArray())),
            n => n == ids.Count, TimeSpan.FromSeconds(30), "ordinary decisions past the poison message");

        var after = await Eventually.ReturnsAsync(ErrorQueueDepthAsync, n => n > before, TimeSpan.FromSeconds(60), "the poison message in the error queue");
        Assert.Equal(0, await system.CountAsync("enquiries", "SELECT count(*) FROM strategy_discussions WHERE referral_id = @id", ("id", poisonId)));
        // Visible in telemetry: MassTransit traces each failed consume attempt under the message id.
        var exports = await Eventually.ReturnsAsync(() => Task.FromResult(system.Telemetry.PayloadsContaining(poisonMessageId.ToString())), n => n > 0,
            TimeSpan.FromSeconds(30), "the poison message's failure in telemetry");
        output.WriteLine($"error queue {before} → {after}; ordinary decisions delivered meanwhile = {ids.Count}; telemetry exports naming the poison message = {exports}");
    }

    private async Task<long> ErrorQueueDepthAsync()
    {
        var factory = new RabbitMQ.Client.ConnectionFactory { Uri = new Uri(system.BrokerConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync("enquiries-referral-decided_error")).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // not created until the first error
        }
    }
}
