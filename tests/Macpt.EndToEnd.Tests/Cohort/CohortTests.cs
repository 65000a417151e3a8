using System.Globalization;
using System.Net;
using System.Text.Json;
using Macpt.WorkingDays;
using Xunit.Abstractions;

namespace Macpt.EndToEnd.Tests.Cohort;

/// <summary>
/// Issue 17's cohort: children generated from a fixed seed over the census year 2021-22 and driven through the
/// real services with a moving clock. The reporting service's answers are compared with figures, timelines and a
/// morning's work list computed from the generated cohort alone.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class CohortTests(MacptSystem system, ITestOutputHelper output)
{
    private const int Seed = 20210401;
    private const int Children = 40;
    private static readonly DateTimeOffset AfterTheYear = CohortGenerator.At(new DateOnly(2022, 4, 1), 9, 0);
    /// <summary>How long to wait for the events to reach reporting: long at first, short once one answer was compared.</summary>
    private TimeSpan _within = TimeSpan.FromSeconds(90);
    private const int SampledTimelines = 8;

    [Fact]
    public async Task A_generated_cohort_driven_over_a_census_year_gives_the_figures_timelines_and_work_list_computed_from_it()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var runToken = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var cohort = new CohortGenerator(Seed, runToken).Generate(Children);
        var driver = new CohortDriver(system, cohort);
        // The morning whose work list is compared: a Wednesday mid-year; the drive pauses before anything of that day.
        var morning = CohortExpectations.BusiestWednesday(cohort);
        output.WriteLine($"Cohort seed {Seed}, run {runToken}: {cohort.Count} children, {cohort.Sum(c => c.Referrals.Count)} referrals, {driver.Steps} steps.");
        var failures = new List<string>();

        await driver.RunUntilAsync(morning);
        output.WriteLine($"Driven to the morning of {morning:yyyy-MM-dd} in {clock.Elapsed.TotalSeconds:0.0} s ({driver.Requests} requests).");
        foreach (var due in new[] { "overdue", "today", "this-week", "all" })
        {
            failures.AddRange(await CheckWorkListAsync(driver, cohort, runToken, morning, due));
        }

        await driver.RunUntilAsync();
        var driven = clock.Elapsed;
        output.WriteLine($"Drive done in {driven.TotalSeconds:0.0} s: {cohort.Count} children, {driver.Steps} steps, {driver.Requests} requests.");

        failures.AddRange(await CheckTimelinessAsync(driver, cohort));
        foreach (var child in Sample(cohort))
        {
            failures.AddRange(await CheckTimelineAsync(driver, child));
        }
        output.WriteLine($"Cohort test done in {clock.Elapsed.TotalSeconds:0.0} s ({driver.Requests} requests).");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>Children with the most varied histories (a plan, a re-referral, no conference) and a few by chance, from the seed.</summary>
    private static IEnumerable<CohortChild> Sample(List<CohortChild> cohort)
    {
        var random = new Bogus.Randomizer(Seed + 1);
        var picked = new List<CohortChild>();
        void Pick(Func<CohortChild, bool> what)
        {
            var candidates = cohort.Where(what).Except(picked).ToArray();
            if (candidates.Length > 0) picked.Add(random.ArrayElement(candidates));
        }
        Pick(c => c.Referrals.Any(r => r.Discussion?.Enquiry?.Conference?.Plan is { Reviews.Count: > 0 }));
        Pick(c => c.Referrals.Any(r => r.Discussion?.Enquiry?.Conference?.Plan?.EndedOn is not null));
        Pick(c => c.Referrals.Count > 1);
        Pick(c => c.Referrals.Any(r => r.Discussion?.Enquiry is { ConferenceRequired: false }));
        Pick(c => c.Referrals.Any(r => r.Discussion?.Enquiry?.Conference is { Plan: null }));
        Pick(c => c.Referrals.Any(r => r.Discussion?.Enquiry is { NetworkOffer: not null, Advocacy: not null }));
        while (picked.Count < SampledTimelines) Pick(_ => true);
        return picked;
    }

    private async Task<List<string>> CheckWorkListAsync(CohortDriver driver, List<CohortChild> cohort, string runToken, DateOnly morning, string due)
    {
        var expected = CohortExpectations.WorkList(cohort, morning, due);
        var now = new DateTimeOffset(morning.ToDateTime(new TimeOnly(7, 0)), LondonClock.TimeZone.GetUtcOffset(morning.ToDateTime(new TimeOnly(7, 0))));
        var path = due == "all" ? "/api/reporting/work" : $"/api/reporting/work?due={due}";
        output.WriteLine($"Work list {due} on {morning:yyyy-MM-dd}: {expected.Count} items expected.");
        var diff = await SettledDiffAsync(async () =>
        {
            var actual = (await AllPagesAsync(driver, path, now))
                .Select(i => new ExpectedWork(i.GetProperty("kind").GetString()!, i.GetProperty("laChildId").GetString()!, Date(i.GetProperty("dueBy")),
                    i.TryGetProperty("agency", out var a) && a.ValueKind == JsonValueKind.String && i.GetProperty("kind").GetString() == "agency-check" ? a.GetString() : null))
                .Where(w => w.LaChildId.StartsWith("K" + runToken, StringComparison.Ordinal));
            return Diff(expected.Select(e => e.ToString()), CohortExpectations.Sorted(actual).Select(a => a.ToString()));
        });
        return diff is null ? [] : [$"GET {path} on the morning of {morning:yyyy-MM-dd} differs from the cohort's open duties:\n{diff}"];
    }

    private async Task<List<string>> CheckTimelinessAsync(CohortDriver driver, List<CohortChild> cohort)
    {
        var expected = CohortExpectations.Timeliness(cohort, CohortGenerator.YearStart, CohortGenerator.YearEnd);
        foreach (var m in expected) output.WriteLine($"Expected {m.Code}: {m.Numerator}/{m.Denominator}");
        var path = $"/api/reporting/timeliness?from={CohortGenerator.YearStart:yyyy-MM-dd}&to={CohortGenerator.YearEnd:yyyy-MM-dd}";
        var failures = new List<string>();
        var jsonDiff = await SettledDiffAsync(async () =>
        {
            var body = await driver.GetAsync(path, AfterTheYear);
            var actual = body.GetProperty("measures").EnumerateArray().Select(m =>
            {
                var (n, d) = (m.GetProperty("numerator").GetInt32(), m.GetProperty("denominator").GetInt32());
                var percent = m.GetProperty("percent");
                var percentOk = d == 0 ? percent.ValueKind == JsonValueKind.Null : Math.Abs(percent.GetDouble() - Math.Round(100.0 * n / d, 1, MidpointRounding.AwayFromZero)) < 0.001;
                return $"{m.GetProperty("code").GetString()} {n}/{d}{(percentOk ? "" : $" percent {percent} is not {n}/{d}")}";
            });
            return Diff(expected.Select(e => $"{e.Code} {e.Numerator}/{e.Denominator}"), actual);
        });
        if (jsonDiff is not null) failures.Add($"GET {path} (JSON) differs from the figures computed from the cohort:\n{jsonDiff}");

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(MacptSystem.TestNowHeader, AfterTheYear.ToString("O"));
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await system.Gateway.SendAsync(request);
        var csv = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/csv")
        {
            failures.Add($"GET {path} as text/csv: {(int)response.StatusCode} {response.Content.Headers.ContentType} {csv}");
            return failures;
        }
        var rows = Csv.Parse(csv);
        if (!rows[0].SequenceEqual(["code", "title", "numerator", "denominator", "percent", "national", "nationalPeriod"]))
        {
            failures.Add($"The CSV's header is {string.Join(",", rows[0])}");
        }
        var csvDiff = Diff(expected.Select(e => $"{e.Code} {e.Numerator}/{e.Denominator}"), rows.Skip(1).Select(r => $"{r[0]} {r[2]}/{r[3]}"));
        if (csvDiff is not null) failures.Add($"GET {path} (CSV) differs from the figures computed from the cohort:\n{csvDiff}");
        return failures;
    }

    private async Task<List<string>> CheckTimelineAsync(CohortDriver driver, CohortChild child)
    {
        var expected = CohortExpectations.Timeline(child, LondonClock.Today(TimeProvider.System));
        var diff = await SettledDiffAsync(async () =>
        {
            var items = await AllPagesAsync(driver, $"/api/reporting/children/{child.LaChildId}/timeline", AfterTheYear);
            var actual = CohortExpectations.Ordered(items.Select(i => new ExpectedStep(Date(i.GetProperty("on"))!.Value, i.GetProperty("kind").GetString()!,
                Date(i.GetProperty("deadline")), i.GetProperty("met").ValueKind == JsonValueKind.Null ? null : i.GetProperty("met").GetBoolean())));
            var order = items.Select(i => Date(i.GetProperty("on"))!.Value).ToList();
            var inOrder = order.SequenceEqual(order.Order());
            return Diff(expected.Select(e => e.ToString()), actual.Select(a => a.ToString())) ?? (inOrder ? null : "not oldest first: " + string.Join(", ", order));
        });
        output.WriteLine($"Timeline of {child.LaChildId}: {expected.Count} steps expected{(diff is null ? ", matched" : ", differs")}.");
        return diff is null ? [] : [$"The timeline of {child.LaChildId} differs from its generated history:\n{diff}"];
    }

    /// <summary>Waits (for the events to reach reporting) until the answer matches; the last difference, or null.</summary>
    private async Task<string?> SettledDiffAsync(Func<Task<string?>> probe)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string? diff;
        do
        {
            try
            {
                diff = await probe();
            }
            catch (Xunit.Sdk.XunitException e)
            {
                diff = e.Message;
            }
            if (diff is null) break;
            await Task.Delay(500);
        } while (clock.Elapsed < _within);
        _within = TimeSpan.FromSeconds(10);
        return diff;
    }

    /// <summary>Lines expected but missing, and lines answered but not expected (each a multiset); null when equal in order.</summary>
    private static string? Diff(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var (e, a) = (expected.ToList(), actual.ToList());
        if (e.SequenceEqual(a)) return null;
        var missing = new List<string>(e);
        var extra = new List<string>();
        foreach (var line in a)
        {
            if (!missing.Remove(line)) extra.Add(line);
        }
        var text = $"expected {e.Count}, answered {a.Count}";
        if (missing.Count > 0) text += "\n  missing:\n    " + string.Join("\n    ", missing);
        if (extra.Count > 0) text += "\n  not expected:\n    " + string.Join("\n    ", extra);
        if (missing.Count == 0 && extra.Count == 0) text += "\n  same items in another order:\n    " + string.Join("\n    ", a);
        return text;
    }

    private static async Task<List<JsonElement>> AllPagesAsync(CohortDriver driver, string path, DateTimeOffset now)
    {
        var items = new List<JsonElement>();
        var separator = path.Contains('?') ? '&' : '?';
        for (var page = 1; ; page++)
        {
            var body = await driver.GetAsync($"{path}{separator}page={page}&pageSize=200", now);
            var pageItems = body.GetProperty("items").EnumerateArray().ToList();
            items.AddRange(pageItems);
            if (pageItems.Count == 0 || items.Count >= body.GetProperty("total").GetInt32()) return items;
        }
    }

    private static DateOnly? Date(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}
