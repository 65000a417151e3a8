using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Macpt.LoadGenerator;

internal sealed record PgbenchResult(int Clients, double Tps, double LatencyMs, double Seconds, long Transactions, string LoadAverageBefore, string LoadAverageAfter);

internal sealed record BenchMeta(string Started, string Commit, string Machine, int Cores, int Replicas, string Url, double YearFraction);

/// <summary>
/// The one table: intake through the gateway against the pgbench ceiling, the gateway's overhead, event
/// latency, resident memory per service and the year's projection, each beside the load average, and
/// which of the team's targets are met. Written to results.md beside the raw JSON.
/// </summary>
internal static class Report
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Write(string dir, int yearTotal)
    {
        T? Read<T>(string file) where T : class =>
            File.Exists(Path.Combine(dir, file)) ? JsonSerializer.Deserialize<T>(File.ReadAllText(Path.Combine(dir, file)), Json) : null;

        var meta = Read<BenchMeta>("meta.json");
        var pgbench = Directory.GetFiles(dir, "pgbench-c*.json").Select(f => Read<PgbenchResult>(Path.GetFileName(f))!).ToDictionary(p => p.Clients);
        var gateway = Directory.GetFiles(dir, "gateway-c*.json").Select(f => Read<ClosedLoopResult>(Path.GetFileName(f))!).ToDictionary(r => r.Concurrency);
        var direct = Directory.GetFiles(dir, "direct-c*.json").Select(f => Read<ClosedLoopResult>(Path.GetFileName(f))!).ToDictionary(r => r.Concurrency);
        var open = Read<OpenLoopResult>("open.json");
        var year = Read<ClosedLoopResult>("year.json");
        var rss = ReadRss(Path.Combine(dir, "rss.csv"));

        var md = new StringBuilder();
        if (meta is not null)
            md.AppendLine(Inv, $"Run {meta.Started}, commit {meta.Commit}, {meta.Machine} ({meta.Cores} cores), referrals replicas {meta.Replicas}, gateway {meta.Url}.").AppendLine();

        md.AppendLine("| clients | pgbench ceiling tx/s | gateway referrals/s | ratio | gateway p50 / p99 ms | direct referrals/s | direct p50 / p99 ms | gateway overhead p50 | load avg (pgbench; gateway; direct) |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var c in gateway.Keys.Union(direct.Keys).Union(pgbench.Keys).Order())
        {
            var p = pgbench.GetValueOrDefault(c);
            var g = gateway.GetValueOrDefault(c);
            var d = direct.GetValueOrDefault(c);
            md.AppendLine(Inv, $"| {c} | {F(p?.Tps)} | {F(g?.ReferralsPerSecond)} | {Ratio(g, p)} | {F(g?.ReferralLatencyMs.P50)} / {F(g?.ReferralLatencyMs.P99)} | " +
                $"{F(d?.ReferralsPerSecond)} | {F(d?.ReferralLatencyMs.P50)} / {F(d?.ReferralLatencyMs.P99)} | {Overhead(g, d)} | " +
                $"{p?.LoadAverageBefore ?? "–"}; {g?.LoadAverageBefore ?? "–"}; {d?.LoadAverageBefore ?? "–"} |");
        }
        var failures = string.Join("; ", gateway.Values.Concat(direct.Values).Where(r => r.Failures > 0)
            .Select(r => $"{r.Target} c={r.Concurrency}: {r.Failures} ({string.Join(", ", r.FailuresByKind.Select(k => $"{k.Key} ×{k.Value}"))})"));
        md.AppendLine().AppendLine("Referrals/s counts referrals that got their 201 and then 200 OK for their strategy-discussion decision (two transactions each); " +
            $"latencies are of the referral POST; failures: {(failures.Length == 0 ? "none" : failures)}.");

        if (open is not null)
        {
            md.AppendLine().AppendLine(Inv, $"Event latency at {F(open.TargetRate)} referrals/s open loop for {F(open.Seconds)} s (achieved {F(open.AchievedReferralsPerSecond)}/s, {open.Referrals} decided, {open.Failures} failed, {open.Shed} shed; load {open.LoadAverageBefore} → {open.LoadAverageAfter}):").AppendLine();
            md.AppendLine("| measured by | samples | p50 ms | p95 ms | p99 ms | max ms | missing |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            md.AppendLine(Inv, $"| enquiries database (created_at − decision answered) | {open.EventLatencyDbMs.Count} | {F(open.EventLatencyDbMs.P50)} | {F(open.EventLatencyDbMs.P95)} | {F(open.EventLatencyDbMs.P99)} | {F(open.EventLatencyDbMs.Max)} | {open.EventsMissing} |");
            md.AppendLine(Inv, $"| polling GET strategy-discussions (every 5 ms, 1 in 10) | {open.EventLatencyPolledMs.Count} | {F(open.EventLatencyPolledMs.P50)} | {F(open.EventLatencyPolledMs.P95)} | {F(open.EventLatencyPolledMs.P99)} | {F(open.EventLatencyPolledMs.Max)} | {open.PolledMissing} |");
            md.AppendLine(Inv, $"| request latency under that load (referral POST from its scheduled start) | {open.ReferralLatencyMs.Count} | {F(open.ReferralLatencyMs.P50)} | {F(open.ReferralLatencyMs.P95)} | {F(open.ReferralLatencyMs.P99)} | {F(open.ReferralLatencyMs.Max)} | |");
        }

        if (rss.Count > 0)
        {
            md.AppendLine().AppendLine("Resident memory (VmRSS, sampled every second during the load phases):").AppendLine();
            md.AppendLine("| service | max MB | phase of max | samples |");
            md.AppendLine("|---|---:|---|---:|");
            foreach (var s in rss.GroupBy(r => r.Service).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var max = s.MaxBy(r => r.Kb)!;
                md.AppendLine(Inv, $"| {s.Key} | {F(max.Kb / 1024.0)} | {max.Phase} (load {max.Load}) | {s.Count()} |");
            }
        }

        double? yearMinutes = null;
        if (year is not null && year.ReferralsPerSecond > 0)
        {
            yearMinutes = yearTotal / year.ReferralsPerSecond / 60.0;
            md.AppendLine().AppendLine(Inv, $"Year replay: {year.Referrals} referrals with decisions ({F(100.0 * year.Referrals / yearTotal)}% of {yearTotal:N0}) at {year.Concurrency} clients through the gateway in {F(year.Seconds)} s = {F(year.ReferralsPerSecond)}/s, {year.Failures} failed; " +
                $"projected whole year: {F(yearMinutes)} min (load {year.LoadAverageBefore} → {year.LoadAverageAfter}).");
        }

        md.AppendLine().AppendLine("| target | result | met? |").AppendLine("|---|---|---|");
        var best = gateway.Values.OrderByDescending(g => g.ReferralsPerSecond).FirstOrDefault();
        if (best is not null && pgbench.TryGetValue(best.Concurrency, out var ceiling))
        {
            var ratio = best.ReferralsPerSecond / ceiling.Tps;
            md.AppendLine(Inv, $"| intake through the gateway ≥ 0.5 × pgbench ceiling | {F(best.ReferralsPerSecond)}/s vs {F(ceiling.Tps)} tx/s at {best.Concurrency} clients = {F(ratio)} | {Met(ratio >= 0.5)} |");
        }
        if (best is not null && direct.TryGetValue(best.Concurrency, out var d0))
        {
            var overhead = (best.ReferralLatencyMs.P50 - d0.ReferralLatencyMs.P50) / d0.ReferralLatencyMs.P50;
            md.AppendLine(Inv, $"| gateway overhead ≤ 15% at p50 | {F(100 * overhead)}% at {best.Concurrency} clients ({F(best.ReferralLatencyMs.P50)} vs {F(d0.ReferralLatencyMs.P50)} ms) | {Met(overhead <= 0.15)} |");
        }
        if (open is not null)
            md.AppendLine(Inv, $"| event latency p99 < 100 ms at 200 referrals/s | p99 {F(open.EventLatencyDbMs.P99)} ms at {F(open.AchievedReferralsPerSecond)}/s achieved | {Met(open.EventLatencyDbMs.P99 < 100 && open.AchievedReferralsPerSecond >= 0.95 * open.TargetRate && open.EventsMissing == 0)} |");
        if (rss.Count > 0)
        {
            var worst = rss.MaxBy(r => r.Kb)!;
            md.AppendLine(Inv, $"| every service < 150 MB resident under load | largest {worst.Service} {F(worst.Kb / 1024.0)} MB | {Met(worst.Kb < 150 * 1024)} |");
        }
        if (yearMinutes is { } ym)
            md.AppendLine(Inv, $"| the whole year in < 15 min | {F(ym)} min projected | {Met(ym < 15)} |");

        var text = md.ToString();
        Console.WriteLine(text);
        File.WriteAllText(Path.Combine(dir, "results.md"), text);
        return 0;
    }

    private sealed record RssSample(string Phase, string Service, long Kb, string Load);

    private static List<RssSample> ReadRss(string file) => !File.Exists(file) ? [] :
        File.ReadLines(file).Skip(1).Select(l => l.Split(',')).Where(p => p.Length >= 5)
            .Select(p => new RssSample(p[0], p[1], long.Parse(p[3], Inv), p[4])).ToList();

    private static string F(double? v) => v is { } x ? x.ToString(x >= 100 ? "0" : "0.##", Inv) : "–";
    private static string Ratio(ClosedLoopResult? g, PgbenchResult? p) => g is null || p is null || p.Tps == 0 ? "–" : F(g.ReferralsPerSecond / p.Tps);
    private static string Overhead(ClosedLoopResult? g, ClosedLoopResult? d) =>
        g is null || d is null || d.ReferralLatencyMs.P50 == 0 ? "–" : F(100 * (g.ReferralLatencyMs.P50 - d.ReferralLatencyMs.P50) / d.ReferralLatencyMs.P50) + "%";
    private static string Met(bool met) => met ? "met" : "**missed**";
}
