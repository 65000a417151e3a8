using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace Macpt.LoadGenerator;

internal sealed record OpenLoopResult(
    double TargetRate, double Seconds, int Scheduled, int Shed, int Referrals, int Failures, double AchievedReferralsPerSecond,
    LatencySummary ReferralLatencyMs, LatencySummary DecisionLatencyMs,
    LatencySummary EventLatencyDbMs, int EventsMissing,
    LatencySummary EventLatencyPolledMs, int PolledSamples, int PolledMissing,
    IReadOnlyDictionary<string, int> FailuresByKind, string LoadAverageBefore, string LoadAverageAfter);

/// <summary>
/// Open loop: referrals (each with its decision) start at a fixed rate whatever the system's answer time,
/// so a slow system meets a queue, as the front door would make it. Request latency counts from each
/// referral's scheduled start (no coordinated omission). Event latency, decision answer (200 OK) → strategy
/// discussion in enquiries, is measured two ways: from the enquiries database (the discussion's
/// created_at minus the wall-clock time the decision's 200 OK arrived) for every referral, and by polling
/// the enquiries API every few milliseconds for a sample of them.
/// </summary>
internal static class OpenLoop
{
    public static async Task<OpenLoopResult> RunAsync(ReferralTraffic traffic, double rate, TimeSpan duration, int maxInFlight,
        string? enquiriesDb, int pollEvery, TimeSpan pollInterval)
    {
        var loadBefore = LoadAverage.Now();
        var total = (int)(rate * duration.TotalSeconds);
        var decided = new ConcurrentBag<(Guid Id, DateTimeOffset At)>();
        var referralMs = new ConcurrentBag<double>();
        var decisionMs = new ConcurrentBag<double>();
        var polled = new ConcurrentBag<double>();
        var failures = new ConcurrentDictionary<string, int>();
        var pending = new List<Task>(total);
        int inFlight = 0, shed = 0, completed = 0, failed = 0, pollSamples = 0, pollMissing = 0;

        async Task One(int i, long scheduledAt)
        {
            try
            {
                var outcome = await traffic.SendAsync(CancellationToken.None);
                if (!outcome.Succeeded)
                {
                    Interlocked.Increment(ref failed);
                    failures.AddOrUpdate(ClosedLoop.FailureKind(outcome), 1, (_, n) => n + 1);
                    return;
                }
                Interlocked.Increment(ref completed);
                // From the scheduled start: queueing in the generator or the system counts against the system.
                referralMs.Add(Stopwatch.GetElapsedTime(scheduledAt).TotalMilliseconds - outcome.DecisionMs);
                decisionMs.Add(outcome.DecisionMs);
                decided.Add((outcome.ReferralId!.Value, outcome.DecidedAt!.Value));
                if (pollEvery > 0 && i % pollEvery == 0)
                {
                    Interlocked.Increment(ref pollSamples);
                    var ms = await traffic.PollStrategyDiscussionAsync(outcome.ReferralId.Value, outcome.DecidedTimestamp, pollInterval, TimeSpan.FromSeconds(20), CancellationToken.None);
                    if (ms is { } v) polled.Add(v); else Interlocked.Increment(ref pollMissing);
                }
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        }

        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var due = start + (long)(i / rate * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            if (Interlocked.Increment(ref inFlight) > maxInFlight)
            {
                Interlocked.Decrement(ref inFlight);
                shed++;
                continue;
            }
            var index = i;
            pending.Add(Task.Run(() => One(index, due)));
        }
        var sendSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        await Task.WhenAll(pending);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var loadAfter = LoadAverage.Now();

        var (dbLatencies, missing) = enquiriesDb is null ? ([], decided.Count) : await ReadEventLatenciesAsync(enquiriesDb, decided.ToList());
        return new OpenLoopResult(rate, Math.Round(sendSeconds, 3), total, shed, completed, failed, Math.Round(completed / seconds, 2),
            LatencySummary.Of(referralMs), LatencySummary.Of(decisionMs), LatencySummary.Of(dbLatencies), missing,
            LatencySummary.Of(polled), pollSamples, pollMissing, new SortedDictionary<string, int>(failures), loadBefore, loadAfter);
    }

    /// <summary>
    /// created_at is the consumer's clock reading just before its transaction commits, on the same machine's
    /// clock as the generator's answer time; visibility follows within the commit. Waits up to 30 s for stragglers.
    /// </summary>
    private static async Task<(List<double> Latencies, int Missing)> ReadEventLatenciesAsync(string connectionString, List<(Guid Id, DateTimeOffset At)> decided)
    {
        var wanted = decided.ToDictionary(d => d.Id, d => d.At);
        var found = new Dictionary<Guid, DateTimeOffset>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var until = DateTime.UtcNow.AddSeconds(30);
        while (found.Count < wanted.Count && DateTime.UtcNow < until)
        {
            var ids = wanted.Keys.Where(k => !found.ContainsKey(k)).ToArray();
            await using var command = new NpgsqlCommand("SELECT referral_id, created_at FROM strategy_discussions WHERE referral_id = ANY(@ids)", connection);
            command.Parameters.AddWithValue("ids", ids);
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync()) found[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
            }
            if (found.Count < wanted.Count) await Task.Delay(500);
        }
        var latencies = found.Select(f => (f.Value - wanted[f.Key]).TotalMilliseconds).ToList();
        return (latencies, wanted.Count - found.Count);
    }
}
