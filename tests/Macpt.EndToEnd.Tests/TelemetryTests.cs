using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.Contracts.Advocacy;
using Macpt.Contracts.Conferences;
using Macpt.Contracts.Enquiries;
using Macpt.Contracts.FamilyNetworks;
using Macpt.Contracts.Referrals;
using Xunit.Abstractions;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// What the services export about themselves, read from the fixture's OTLP receiver (<see cref="TelemetrySink"/>): each
/// service's statutory measures count every event it committed exactly once (the outbox rows are the reckoning), and the
/// machinery's gauges (outbox backlog, error queues, health) and consumer timings arrive from every service.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class TelemetryTests(MacptSystem system, ITestOutputHelper output)
{
    /// <summary>Which service publishes each event, and the measure that counts it.</summary>
    private static readonly (string Service, Type Event, string Metric)[] Measured =
    [
        ("referrals", typeof(ReferralReceived), "macpt.referrals.received"),
        ("referrals", typeof(ReferralDecided), "macpt.referrals.decided"),
        ("enquiries", typeof(StrategyDiscussionHeld), "macpt.strategy_discussions.held"),
        ("enquiries", typeof(Section47EnquiryStarted), "macpt.section47.started"),
        ("enquiries", typeof(Section47EnquiryCompleted), "macpt.section47.completed"),
        ("enquiries", typeof(AgencyCheckRequested), "macpt.agency_checks.requested"),
        ("enquiries", typeof(AgencyCheckAnswered), "macpt.agency_checks.answered"),
        ("conferences", typeof(ConferenceHeld), "macpt.conferences.held"),
        ("conferences", typeof(ChildProtectionPlanStarted), "macpt.plans.started"),
        ("conferences", typeof(ChildProtectionPlanEnded), "macpt.plans.ended"),
        ("familynetworks", typeof(FamilyNetworkMeetingRequested), "macpt.family_network_meetings.requested"),
        ("advocacy", typeof(AdvocacyOffered), "macpt.advocacy.offers"),
        ("advocacy", typeof(AdvocateAllocated), "macpt.advocacy.allocations"),
    ];

    [Fact]
    public async Task Every_committed_statutory_event_is_counted_once_and_the_machinery_reports_from_every_service()
    {
        await system.QuietAsync();
        var rowsBefore = await OutboxRowsAsync();
        var countedBefore = Measured.ToDictionary(m => m.Metric, m => Counted(m.Service, m.Metric));
        var consumesBefore = system.Telemetry.HistogramCount("macpt.inbox.processing.duration");

        // The flows other tests tell: referral to initial conference through every service, agency checks asked and
        // answered, then a plan to its end.
        await new WholePathTests(system).One_child_is_followed_from_referral_to_the_initial_conference_through_every_service();
        await new AgencyCheckTests(system).Each_agency_answers_only_its_own_check_once_and_unanswered_ones_turn_late();
        await new ConferencePlanTests(system).A_plan_starts_on_the_conference_date_is_reviewed_at_3_then_6_months_and_ends_with_a_step_down();
        await system.QuietAsync();
        var rowsAfter = await OutboxRowsAsync();

        // Each measure's increase equals the rows its service committed (exported every second: waited for, not assumed).
        string Delta((string Service, Type Event, string Metric) m) =>
            $"{rowsAfter[(m.Service, m.Event.FullName!)] - rowsBefore[(m.Service, m.Event.FullName!)]} rows, {Counted(m.Service, m.Metric) - countedBefore[m.Metric]} counted";
        await Eventually.ReturnsAsync(() => Task.FromResult(Measured.Count(m => Counted(m.Service, m.Metric) - countedBefore[m.Metric]
            < rowsAfter[(m.Service, m.Event.FullName!)] - rowsBefore[(m.Service, m.Event.FullName!)])), n => n == 0, TimeSpan.FromSeconds(30), "every measure to be exported");
        foreach (var m in Measured) output.WriteLine($"{m.Service} {m.Event.Name} → {m.Metric}: {Delta(m)}");
        Assert.All(Measured, m =>
        {
            var rows = rowsAfter[(m.Service, m.Event.FullName!)] - rowsBefore[(m.Service, m.Event.FullName!)];
            Assert.True(rows > 0, $"the flows published no {m.Event.Name}");
            Assert.True(rows == Counted(m.Service, m.Metric) - countedBefore[m.Metric], $"{m.Metric}: {Delta(m)}");
        });
        // Tags are codes: the referral decisions carry a decision and a timeliness, nothing else.
        Assert.True(system.Telemetry.CounterTotal("macpt.referrals.decided", tags: t => t.Keys.Order().SequenceEqual(["decision", "timeliness"])) > 0);

        // The machinery, from every service: the outbox emptied, every consumer queue's error queue watched, the
        // database and the broker healthy, consumes timed.
        var consumerQueues = (await system.BrokerQueuesAsync()).Keys.Where(q => q.EndsWith("_error", StringComparison.Ordinal)).ToHashSet();
        foreach (var service in Macpt.Contracts.ServiceNames.Apis)
        {
            bool Of(IReadOnlyDictionary<string, string> r) => r.GetValueOrDefault("service.name") == service;
            var waiting = await Eventually.ReturnsAsync(() => Task.FromResult(system.Telemetry.GaugeLatest("macpt.outbox.waiting", Of)),
                g => g.Count >= MacptSystem.Replicas && g.All(x => x.Value == 0), TimeSpan.FromSeconds(30), $"{service}'s outbox gauge at 0");
            var age = system.Telemetry.GaugeLatest("macpt.outbox.oldest_age", Of);
            var health = await Eventually.ReturnsAsync(() => Task.FromResult(system.Telemetry.GaugeLatest("macpt.health.status", Of)),
                g => g.Count(x => x.Tags["check"] == $"{service}-database" && x.Value == 1) >= MacptSystem.Replicas
                    && g.Count(x => x.Tags["check"] == "broker" && x.Value == 1) >= MacptSystem.Replicas, TimeSpan.FromSeconds(60), $"{service}'s health gauges");
            var watched = system.Telemetry.GaugeLatest("macpt.error_queue.messages", Of).Select(g => g.Tags["queue"]).ToHashSet();
            var existing = consumerQueues.Where(q => q.StartsWith(service + "-", StringComparison.Ordinal)).ToList();
            output.WriteLine($"{service}: outbox waiting {string.Join("/", waiting.Select(w => w.Value))} on {waiting.Count} replicas, oldest age {string.Join("/", age.Select(a => a.Value))} s; " +
                $"health {string.Join(", ", health.Select(h => $"{h.Tags["check"]}={h.Value}").Distinct())}; error queues watched {watched.Count} (existing {existing.Count})");
            Assert.NotEmpty(age);
            Assert.NotEmpty(watched);
            Assert.All(existing, q => Assert.Contains(q, watched));
        }
        Assert.True(system.Telemetry.HistogramCount("macpt.inbox.processing.duration") > consumesBefore, "consumer processing times");
        Assert.Equal(0, system.Telemetry.MalformedMetricPayloads);
    }

    [Fact]
    public void No_service_logs_a_warning_or_an_error_on_a_clean_start() =>
        Assert.True(system.StartupLogProblems.Count == 0, string.Join("\n", system.StartupLogProblems));

    [Fact]
    public async Task The_dashboards_telemetry_api_answers_with_the_key_and_shows_one_referral_across_every_service_it_touches()
    {
        // The dashboard is a resource of the AppHost like the services: wait until it runs, then call it where it listens.
        using (var running = new CancellationTokenSource(TimeSpan.FromSeconds(45)))
        {
            await system.App.ResourceNotifications.WaitForResourceAsync(KnownDashboard.Name, Aspire.Hosting.ApplicationModel.KnownResourceStates.Running, running.Token);
        }
        await Eventually.ReturnsAsync(async () =>
        {
            using var probe = new HttpClient { BaseAddress = system.Dashboard, Timeout = TimeSpan.FromSeconds(5) };
            try { using var r = await probe.GetAsync("/api/telemetry/traces"); return (int)r.StatusCode; }
            catch (HttpRequestException) { return 0; }
        }, code => code != 0, TimeSpan.FromSeconds(60), $"the dashboard listening at {system.Dashboard}");
        using var dashboard = new HttpClient { BaseAddress = system.Dashboard, Timeout = TimeSpan.FromSeconds(30) };
        async Task<HttpResponseMessage> Get(string path, string? key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (key is not null) request.Headers.Add("x-api-key", key);
            return await dashboard.SendAsync(request);
        }
        // The key the AppHost was given (Macpt:TelemetryApiKey, as scripts/run.sh gives it) is the one the dashboard checks.
        using (var anonymous = await Get("/api/telemetry/traces", null))
        {
            Assert.True(anonymous.StatusCode == HttpStatusCode.Unauthorized,
                $"{system.Dashboard} without a key: {(int)anonymous.StatusCode} {await anonymous.Content.ReadAsStringAsync()}");
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get("/api/telemetry/traces", "not-the-key")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get("/api/telemetry/traces", system.TelemetryApiKey)).StatusCode);

        // One referral decided and its strategy discussion held, each request under a trace id of the test's own.
        // The services export to the fixture's receiver, which relays to the dashboard meanwhile.
        var (otlp, otlpKey) = system.DashboardOtlp;
        system.Telemetry.RelayTo(otlp, otlpKey);
        try
        {
            var referralId = await Referrals.CreateAsync(system.Gateway);
            var decision = await SendTracedAsync(HttpMethod.Post, $"/api/referrals/{referralId}/decision", new { decision = "strategy-discussion", reason = "Reasonable cause to suspect significant harm." });
            var discussions = await Eventually.ReturnsAsync(() => Referrals.StrategyDiscussionsAsync(system.Gateway, referralId), d => d.GetArrayLength() == 1,
                TimeSpan.FromSeconds(30), "the strategy discussion");
            var outcome = await SendTracedAsync(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{discussions[0].GetProperty("id").GetGuid()}/outcome",
                Enquiries.Outcome(Enquiries.Today(), thresholdMet: true));

            // The decision reaches referrals, then through the bus the services that consume ReferralDecided; the
            // discussion's outcome reaches enquiries, then the services that consume StrategyDiscussionHeld and Section47EnquiryStarted.
            var decisionTrace = await TraceServicesAsync(Get, decision, ["gateway", "referrals", "enquiries", "familynetworks"]);
            var outcomeTrace = await TraceServicesAsync(Get, outcome, ["gateway", "enquiries", "referrals", "familynetworks", "advocacy"]);
            output.WriteLine($"decision trace {decision}: {string.Join(", ", decisionTrace)}; outcome trace {outcome}: {string.Join(", ", outcomeTrace)}");
        }
        finally
        {
            system.Telemetry.StopRelaying();
        }
    }

    /// <summary>Sends a request through the gateway as the duty practitioner with a W3C traceparent of a new trace; returns the trace id.</summary>
    private async Task<string> SendTracedAsync(HttpMethod method, string path, object body)
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await system.Gateway.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return traceId;
    }

    /// <summary>The services (service.name of each resource) with spans in one trace, as the dashboard's API gives it, once it holds all expected.</summary>
    private async Task<HashSet<string>> TraceServicesAsync(Func<string, string?, Task<HttpResponseMessage>> get, string traceId, string[] expected)
    {
        return await Eventually.ReturnsAsync(async () =>
        {
            using var response = await get($"/api/telemetry/traces/{traceId}", system.TelemetryApiKey);
            if (response.StatusCode != HttpStatusCode.OK) return new HashSet<string>();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return json.RootElement.GetProperty("data").GetProperty("resourceSpans").EnumerateArray()
                .SelectMany(r => r.GetProperty("resource").GetProperty("attributes").EnumerateArray())
                .Where(a => a.GetProperty("key").GetString() == "service.name")
                .Select(a => a.GetProperty("value").GetProperty("stringValue").GetString()!)
                .ToHashSet();
        }, s => expected.All(s.Contains), TimeSpan.FromSeconds(60), $"trace {traceId} in the dashboard with spans of {string.Join(", ", expected)}");
    }

    /// <summary>A measure's exported total from one service's replicas.</summary>
    private double Counted(string service, string metric) =>
        system.Telemetry.CounterTotal(metric, r => r.GetValueOrDefault("service.name") == service);

    /// <summary>Outbox rows per (service, event type) of the measured events.</summary>
    private async Task<Dictionary<(string, string), long>> OutboxRowsAsync()
    {
        var rows = new Dictionary<(string, string), long>();
        foreach (var (service, type, _) in Measured)
        {
            rows[(service, type.FullName!)] = await system.CountAsync(service, "SELECT count(*) FROM outbox_messages WHERE message_type = @type", ("type", type.FullName!));
        }
        return rows;
    }
}

/// <summary>The Aspire dashboard's resource name in the AppHost's model.</summary>
internal static class KnownDashboard
{
    public const string Name = "aspire-dashboard";
}
