using System.Collections.Concurrent;
using System.Diagnostics;

namespace Macpt.LoadGenerator;

internal sealed record ClosedLoopResult(
    string Target, int Concurrency, double Seconds, int Referrals, int Failures, double ReferralsPerSecond, double RequestsPerSecond,
    LatencySummary ReferralLatencyMs, LatencySummary DecisionLatencyMs, IReadOnlyDictionary<string, int> FailuresByKind,
    string LoadAverageBefore, string LoadAverageAfter);

/// <summary>
/// Closed loop: each of N workers sends a referral, then its decision, then the next referral. Bounded by
/// a count and a time. A warm-up phase (JIT, connection pools) runs first and is thrown away; the
/// measured phase starts only when every warm-up request has finished.
/// </summary>
internal static class ClosedLoop
{
    public static async Task<ClosedLoopResult> RunAsync(string target, ReferralTraffic traffic, int concurrency, int maxReferrals,
        TimeSpan maxTime, TimeSpan warmUp)
    {
        if (warmUp > TimeSpan.Zero) await PhaseAsync(target, traffic, concurrency, int.MaxValue, warmUp);
        return await PhaseAsync(target, traffic, concurrency, maxReferrals, maxTime);
    }

    private static async Task<ClosedLoopResult> PhaseAsync(string target, ReferralTraffic traffic, int concurrency, int maxReferrals, TimeSpan maxTime)
    {
        var loadBefore = LoadAverage.Now();
        var failures = new ConcurrentDictionary<string, int>();
        var referralMs = new List<double>[concurrency];
        var decisionMs = new List<double>[concurrency];
        var issued = 0;
        var completed = 0;
        var failed = 0;

        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(maxTime.TotalSeconds * Stopwatch.Frequency);

        async Task Worker(int w)
        {
            var mine = referralMs[w] = new List<double>(1024);
            var mineDecisions = decisionMs[w] = new List<double>(1024);
            while (Stopwatch.GetTimestamp() < deadline && Interlocked.Increment(ref issued) <= maxReferrals)
            {
                var outcome = await traffic.SendAsync(CancellationToken.None);
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
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new ClosedLoopResult(target, concurrency, Math.Round(seconds, 3), completed, failed,
            Math.Round(completed / seconds, 2), Math.Round(2.0 * completed / seconds, 2),
            LatencySummary.Of(referralMs.SelectMany(l => l)), LatencySummary.Of(decisionMs.SelectMany(l => l)),
            new SortedDictionary<string, int>(failures), loadBefore, LoadAverage.Now());
    }

    public static string FailureKind(ReferralOutcome o) =>
        o.Failure ?? (o.ReferralStatus is { } r && r != System.Net.HttpStatusCode.Created ? $"referral {(int)r}" : $"decision {(int?)o.DecisionStatus}");
}
