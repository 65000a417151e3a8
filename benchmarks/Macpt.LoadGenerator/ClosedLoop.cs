using System.Collections.Concurrent;
using System.Diagnostics;

namespace Macpt.LoadGenerator;

internal sealed record ClosedLoopResult(
    string Target, int Concurrency, double Seconds, int Referrals, int Failures, double ReferralsPerSecond, double RequestsPerSecond,
    LatencySummary ReferralLatencyMs, LatencySummary DecisionLatencyMs, IReadOnlyDictionary<string, int> FailuresByKind,
    string LoadAverageBefore, string LoadAverageAfter);

/// <summary>
/// Closed loop: each of N workers sends a referral, then its decision, then the next referral. Bounded by
/// a count and a time; a short warm-up (JIT, connection pools) is not recorded.
/// </summary>
internal static class ClosedLoop
{
    public static async Task<ClosedLoopResult> RunAsync(string target, ReferralTraffic traffic, int concurrency, int maxReferrals,
        TimeSpan maxTime, TimeSpan warmUp)
    {
        var loadBefore = LoadAverage.Now();
        var failures = new ConcurrentDictionary<string, int>();
        var referralMs = new List<double>[concurrency];
        var decisionMs = new List<double>[concurrency];
        var issued = 0;
        var completed = 0;
        var failed = 0;

        using var stop = new CancellationTokenSource();
        var started = Stopwatch.GetTimestamp();
        var measuredFrom = started + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var deadline = measuredFrom + (long)(maxTime.TotalSeconds * Stopwatch.Frequency);

        async Task Worker(int w)
        {
            var mine = referralMs[w] = new List<double>(1024);
            var mineDecisions = decisionMs[w] = new List<double>(1024);
            while (true)
            {
                var now = Stopwatch.GetTimestamp();
                if (now >= deadline) return;
                var measured = now >= measuredFrom;
                if (measured && Interlocked.Increment(ref issued) > maxReferrals) return;
                var outcome = await traffic.SendAsync(stop.Token);
                if (!measured) continue;
                if (outcome.Succeeded)
                {
                    Interlocked.Increment(ref completed);
                    mine.Add(outcome.ReferralMs);
                    mineDecisions.Add(outcome.DecisionMs);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                    failures.AddOrUpdate(FailureKind(outcome), 1, (_, n) => n + 1);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => Task.Run(() => Worker(w))));
        var seconds = Stopwatch.GetElapsedTime(Math.Min(measuredFrom, Stopwatch.GetTimestamp())).TotalSeconds;
        return new ClosedLoopResult(target, concurrency, Math.Round(seconds, 3), completed, failed,
            Math.Round(completed / seconds, 2), Math.Round(2.0 * completed / seconds, 2),
            LatencySummary.Of(referralMs.SelectMany(l => l ?? [])), LatencySummary.Of(decisionMs.SelectMany(l => l ?? [])),
            new SortedDictionary<string, int>(failures), loadBefore, LoadAverage.Now());
    }

    public static string FailureKind(ReferralOutcome o) =>
        o.Failure ?? (o.ReferralStatus is { } r && r != System.Net.HttpStatusCode.Created ? $"referral {(int)r}" : $"decision {(int?)o.DecisionStatus}");
}
