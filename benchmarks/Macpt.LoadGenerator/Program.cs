using System.Text.Json;
using Macpt.LoadGenerator;

// The benchmark's load generator (scripts/bench.sh drives it; docs/benchmarks.md explains the figures).
//   (closed and open: --token-url G --identities F: the gateway that issues tokens, and the run's dev-identities.json)
//   closed --url U --concurrency N --max-referrals M --max-seconds S [--warmup-seconds W] --target name --out file
//   open   --url U --rate R --seconds S [--max-in-flight F] [--enquiries-db CS] [--poll-every K] [--poll-ms P] --out file
//   validate --token-url G --identities F [--validations N] --out file   (what checking one token costs)
//   report --results DIR [--year-total 620000]
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Macpt.LoadGenerator closed|open|report --name value ... (see Program.cs)");
    return 2;
}

var options = new Options(args.Skip(1));
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true };
switch (args[0])
{
    case "closed":
        {
            var concurrency = options.Int("concurrency", 8);
            using var tokens = new BenchTokens(options.LoopbackUrl("token-url"), options.Text("identities"));
            using var traffic = new ReferralTraffic(options.LoopbackUrl("url"), tokens, concurrency);
            var result = await ClosedLoop.RunAsync(options.Text("target", "gateway"), traffic, concurrency,
                options.Int("max-referrals", 10_000), TimeSpan.FromSeconds(options.Double("max-seconds", 10)),
                TimeSpan.FromSeconds(options.Double("warmup-seconds", 2)));
            await File.WriteAllTextAsync(options.Text("out"), JsonSerializer.Serialize(result, json));
            Console.WriteLine($"{result.Target} c={result.Concurrency}: {result.ReferralsPerSecond} referrals/s ({result.Referrals} in {result.Seconds} s, {result.Failures} failed), " +
                $"referral p50 {result.ReferralLatencyMs.P50} ms p99 {result.ReferralLatencyMs.P99} ms; load {result.LoadAverageBefore} → {result.LoadAverageAfter}");
            return 0;
        }
    case "open":
        {
            var maxInFlight = options.Int("max-in-flight", 400);
            using var tokens = new BenchTokens(options.LoopbackUrl("token-url"), options.Text("identities"));
            using var traffic = new ReferralTraffic(options.LoopbackUrl("url"), tokens, maxInFlight);
            var result = await OpenLoop.RunAsync(traffic, options.Double("rate", 200), TimeSpan.FromSeconds(options.Double("seconds", 20)),
                maxInFlight, options.Optional("enquiries-db"), options.Int("poll-every", 10), TimeSpan.FromMilliseconds(options.Double("poll-ms", 5)));
            await File.WriteAllTextAsync(options.Text("out"), JsonSerializer.Serialize(result, json));
            Console.WriteLine($"open {result.TargetRate}/s: achieved {result.AchievedReferralsPerSecond}/s ({result.Referrals} ok, {result.Failures} failed, {result.Shed} shed); " +
                $"event p50/p95/p99 {result.EventLatencyDbMs.P50}/{result.EventLatencyDbMs.P95}/{result.EventLatencyDbMs.P99} ms (db, {result.EventsMissing} missing), " +
                $"polled p50/p99 {result.EventLatencyPolledMs.P50}/{result.EventLatencyPolledMs.P99} ms; load {result.LoadAverageBefore} → {result.LoadAverageAfter}");
            return 0;
        }
    case "validate":
        {
            using var tokens = new BenchTokens(options.LoopbackUrl("token-url"), options.Text("identities"));
            var result = await TokenValidationCost.RunAsync(options.LoopbackUrl("token-url"), tokens, options.Int("validations", 20_000));
            await File.WriteAllTextAsync(options.Text("out"), JsonSerializer.Serialize(result, json));
            Console.WriteLine($"token validation ({result.Algorithm}): {result.CpuMicrosecondsPerValidation} µs CPU, {result.WallMicrosecondsPerValidation} µs wall, " +
                $"{result.BytesAllocatedPerValidation} B allocated per validation ({result.Validations} validations, one thread)");
            return 0;
        }
    case "report":
        return Report.Write(options.Text("results"), options.Int("year-total", 620_000));
    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 2;
}
