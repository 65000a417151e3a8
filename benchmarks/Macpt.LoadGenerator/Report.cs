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
            md.AppendLine(Inv, $"Run {meta.Started}, commit {meta.Commit}, {meta.Machine} ({meta.Cores} cores), {meta.Replicas} replica(s) per service, gateway {meta.Url}.").AppendLine();

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

        var sustainable = Read<OpenLoopResult>("open-sustainable.json");
        foreach (var (run, what) in new[] { (open, "the target rate"), (sustainable, "half the best closed-loop rate, which this run could sustain") })
        {
            if (run is null) continue;
            md.AppendLine().AppendLine(Inv, $"Event latency at {F(run.TargetRate)} referrals/s ({what}), open loop for {F(run.Seconds)} s (achieved {F(run.AchievedReferralsPerSecond)}/s, {run.Referrals} decided, {run.Failures} failed{FailureList(run.FailuresByKind)}, {run.Shed} shed at 400 in flight; load {run.LoadAverageBefore} → {run.LoadAverageAfter}):").AppendLine();
            md.AppendLine("| measured by | samples | p50 ms | p95 ms | p99 ms | max ms | missing |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            md.AppendLine(Inv, $"| enquiries database (created_at − decision answered) | {run.EventLatencyDbMs.Count} | {F(run.EventLatencyDbMs.P50)} | {F(run.EventLatencyDbMs.P95)} | {F(run.EventLatencyDbMs.P99)} | {F(run.EventLatencyDbMs.Max)} | {run.EventsMissing} |");
            md.AppendLine(Inv, $"| polling GET strategy-discussions (every 5 ms, 1 in 10) | {run.EventLatencyPolledMs.Count} | {F(run.EventLatencyPolledMs.P50)} | {F(run.EventLatencyPolledMs.P95)} | {F(run.EventLatencyPolledMs.P99)} | {F(run.EventLatencyPolledMs.Max)} | {run.PolledMissing} |");
            md.AppendLine(Inv, $"| request latency under that load (referral POST from its scheduled start) | {run.ReferralLatencyMs.Count} | {F(run.ReferralLatencyMs.P50)} | {F(run.ReferralLatencyMs.P95)} | {F(run.ReferralLatencyMs.P99)} | {F(run.ReferralLatencyMs.Max)} | |");
        }

        var rates = new Dictionary<string, double>();
        foreach (var g in gateway.Values) rates[$"gateway-c{g.Concurrency}"] = g.ReferralsPerSecond;
        foreach (var d in direct.Values) rates[$"direct-c{d.Concurrency}"] = d.ReferralsPerSecond;
        if (open is not null) rates[$"open-{open.TargetRate.ToString(Inv)}"] = open.AchievedReferralsPerSecond;
        if (sustainable is not null) rates["open-sustainable"] = sustainable.AchievedReferralsPerSecond;
        if (year is not null) rates["year"] = year.ReferralsPerSecond;
        if (rss.Count > 0) AppendCpu(md, rss, rates);
        rss = rss.Where(r => r.Kb > 0).ToList();
        if (rss.Count > 0)
        {
            md.AppendLine().AppendLine("Resident memory (VmRSS, sampled every second during the load phases):").AppendLine();
            md.AppendLine("| service | max RSS MB | of which anonymous MB | PSS MB | phase of max (load) | samples |");
            md.AppendLine("|---|---:|---:|---:|---|---:|");
            foreach (var s in rss.GroupBy(r => r.Service).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var max = s.MaxBy(r => r.Kb)!;
                md.AppendLine(Inv, $"| {s.Key} | {F(max.Kb / 1024.0)} | {F(max.AnonKb / 1024.0)} | {F(max.PssKb / 1024.0)} | {max.Phase} ({max.Load}) | {s.Count()} |");
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

    private sealed record RssSample(string Phase, string Service, int Pid, long Kb, string Load, long Ticks, double Uptime, long PssKb, long AnonKb);

    private static List<RssSample> ReadRss(string file) => !File.Exists(file) ? [] :
        File.ReadLines(file).Skip(1).Select(l => l.Split(',')).Where(p => p.Length >= 9)
            .Select(p => new RssSample(p[0], p[1], int.Parse(p[2], Inv), long.Parse(p[3], Inv), p[4], long.Parse(p[5], Inv), double.Parse(p[6], Inv),
                long.TryParse(p[7], Inv, out var pss) ? pss : 0, long.TryParse(p[8], Inv, out var anon) ? anon : 0)).ToList();

    /// <summary>
    /// Cores used per component in each phase (CPU ticks at 100 Hz over the phase's sampled span, summed over
    /// replicas), and CPU milliseconds per referral where the phase's throughput is known.
    /// </summary>
    private static void AppendCpu(StringBuilder md, List<RssSample> samples, IReadOnlyDictionary<string, double> referralsPerSecond)
    {
        var phases = samples.Select(s => s.Phase).Distinct().ToList();
        var components = new[] { "gateway", "referrals", "enquiries", "postgresql", "rabbitmq", "aspire" };
        md.AppendLine().AppendLine("CPU by component (cores used, out of 2; in brackets CPU ms per referral), from /proc/<pid>/stat during each phase:").AppendLine();
        md.AppendLine("| phase | referrals/s | " + string.Join(" | ", components) + " | all of this run | load avg (1 min) |");
        md.AppendLine("|---|---:|" + string.Concat(components.Select(_ => "---:|")) + "---:|---|");
        foreach (var phase in phases)
        {
            var rows = samples.Where(s => s.Phase == phase).ToList();
            double Cores(IEnumerable<RssSample> of) => of.GroupBy(s => s.Pid).Sum(g =>
            {
                var first = g.MinBy(s => s.Uptime)!;
                var last = g.MaxBy(s => s.Uptime)!;
                return last.Uptime > first.Uptime ? (last.Ticks - first.Ticks) / 100.0 / (last.Uptime - first.Uptime) : 0;
            });
            var rate = referralsPerSecond.GetValueOrDefault(phase);
            string Cell(double cores) => F(cores) + (rate > 0 ? $" ({F(cores * 1000 / rate)})" : "");
            var loads = rows.Select(r => double.Parse(r.Load, Inv)).ToList();
            var cells = string.Join(" | ", components.Select(c => Cell(Cores(rows.Where(r => r.Service == c)))));
            md.AppendLine(Inv, $"| {phase} | {(rate > 0 ? F(rate) : "–")} | {cells} | {Cell(Cores(rows))} | {F(loads.Min())}–{F(loads.Max())} |");
        }
    }

    private static string F(double? v) => v is { } x ? x.ToString(x >= 100 ? "0" : "0.##", Inv) : "–";
    private static string Ratio(ClosedLoopResult? g, PgbenchResult? p) => g is null || p is null || p.Tps == 0 ? "–" : F(g.ReferralsPerSecond / p.Tps);
    private static string Overhead(ClosedLoopResult? g, ClosedLoopResult? d) =>
        g is null || d is null || d.ReferralLatencyMs.P50 == 0 ? "–" : F(100 * (g.ReferralLatencyMs.P50 - d.ReferralLatencyMs.P50) / d.ReferralLatencyMs.P50) + "%";
    private static string FailureList(IReadOnlyDictionary<string, int> failures) =>
        failures.Count == 0 ? "" : " (" + string.Join(", ", failures.Select(f => $"{f.Key} ×{f.Value}")) + ")";
    private static string Met(bool met) => met ? "met" : "**missed**";
}
