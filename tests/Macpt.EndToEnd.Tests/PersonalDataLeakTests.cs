using System.Net;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Xunit.Abstractions;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// The end-to-end flow with distinctive seeded personal data. Searched for it: every trace, log record and metric the
/// services exported (to the fixture's OTLP receiver), PostgreSQL's and RabbitMQ's own logs, and every answer given to
/// a caller, 2xx included. Each channel has a positive control, a value known to reach it, found by the same search,
/// so an empty result means "searched and absent", not "not searched".
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class PersonalDataLeakTests(MacptSystem system, ITestOutputHelper output)
{
    // Distinctive enough that a hit can only be a leak.
    private static readonly string FirstName = "Zephyrine" + Suffix();
    private const string LastName = "Quillfeatherby";
    private const string DateOfBirth = "2014-07-19";
    private const string NhsNumber = "4729583167";
    private const string AddressLine = "17 Marigold Wynd";
    private const string Postcode = "ZZ9 4QX";
    private const string Concern = "Tangerine-xylophone disclosure";
    private const string ChildsWords = "Periwinkle-umbrella words";
    private const string AgencyAnswer = "Saffron-lighthouse record";
    private const string ReferrerContact = "07700 900461";
    private static readonly string[] Seeded = [FirstName, LastName, DateOfBirth, "19/07/2014", NhsNumber, "472 958 3167", AddressLine, Postcode, Concern, ChildsWords, AgencyAnswer, ReferrerContact];

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];

    /// <summary>One answer: the service that gave it, the seeded values that service had been sent by then, the status and body.</summary>
    private sealed record Answer(string Service, string Request, HashSet<string> ServiceWasSent, int Status, string Body);

    [Fact]
    public async Task No_seeded_personal_data_reaches_telemetry_server_logs_or_answers()
    {
        var startedAt = DateTimeOffset.UtcNow;
        var answers = new List<Answer>();
        var sentTo = new Dictionary<string, HashSet<string>>();
        async Task<JsonElement> Send(HttpMethod method, string path, object? body, HttpStatusCode expected, string agency = "local-authority", string? key = null)
        {
            var service = path.Split('/')[2];
            var requestText = body is null ? "" : JsonSerializer.Serialize(body, Macpt.ServiceDefaults.MacptJson.Options);
            var received = sentTo.TryGetValue(service, out var s) ? s : sentTo[service] = [];
            received.UnionWith(Seeded.Where(v => requestText.Contains(v, StringComparison.OrdinalIgnoreCase)));
            using var response = await system.SendAsync(method, path, body, idempotencyKey: key, agency: agency);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(expected == response.StatusCode, $"{method} {path}: {(int)response.StatusCode}");
            answers.Add(new Answer(service, $"{method} {path}", [.. received], (int)response.StatusCode, text));
            return text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default;
        }
        async Task<JsonElement> Get(string path) => await Send(HttpMethod.Get, path, null, HttpStatusCode.OK);

        var child = Referrals.NewChildId();
        var referral = new
        {
            child = new
            {
                laChildId = child,
                firstName = FirstName,
                lastName = LastName,
                dateOfBirth = DateOfBirth,
                sex = "F",
                nhsNumber = NhsNumber,
                address = new { line1 = AddressLine, town = "Exampleton", postcode = Postcode },
            },
            referralSource = "2A",
            concerns = Concern,
            receivedAt = DateTimeOffset.UtcNow.AddMinutes(-20),
            referrer = new { agency = "education", role = "Designated safeguarding lead", contact = ReferrerContact },
        };
        var referralId = (await Send(HttpMethod.Post, "/api/referrals", referral, HttpStatusCode.Created, key: "pii-" + Guid.NewGuid().ToString("N"))).GetProperty("id").GetGuid();

        // Refused requests carrying the same data: the problems name fields, never values.
        await Send(HttpMethod.Post, "/api/referrals", new
        {
            child = new { firstName = FirstName, lastName = LastName, dateOfBirth = "2014-02-30", nhsNumber = "4729583160" },
            concerns = Concern
        }, HttpStatusCode.BadRequest, key: "pii-bad-" + Guid.NewGuid().ToString("N"));
        await Send(HttpMethod.Post, "/api/referrals", new
        {
            child = new { laChildId = child, firstName = FirstName, nhsNumber = NhsNumber + "0" },
            referralSource = "2A",
            concerns = Concern,
            receivedAt = DateTimeOffset.UtcNow
        }, HttpStatusCode.BadRequest, key: "pii-bad2-" + Guid.NewGuid().ToString("N"));
        await Send(HttpMethod.Post, $"/api/referrals/{referralId}/decision", new { decision = FirstName + " " + LastName, reason = Concern },
            HttpStatusCode.BadRequest);

        await Send(HttpMethod.Post, $"/api/referrals/{referralId}/decision", new { decision = "strategy-discussion", reason = Concern }, HttpStatusCode.OK);
        var discussions = await Eventually.ReturnsAsync(async () => (await Get($"/api/enquiries/strategy-discussions?referralId={referralId}")).GetProperty("items"),
            d => d.GetArrayLength() == 1, TimeSpan.FromSeconds(30), "the strategy discussion");
        var discussionId = discussions[0].GetProperty("id").GetGuid();
        var today = Enquiries.Today();
        var outcome = new
        {
            heldOn = today,
            thresholdMet = true,
            reasons = Concern,
            attended = Enquiries.AllRequired,
            safetyActions = new[] { new { action = $"{FirstName} to stay at {AddressLine}", ownerAgency = "local-authority", dueBy = today } },
            offerFamilyNetworkMeeting = true,
        };
        await Send(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{discussionId}/outcome", outcome, HttpStatusCode.OK);
        await Send(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{discussionId}/outcome", outcome, HttpStatusCode.Conflict);
        var enquiryId = Assert.Single((await Get($"/api/enquiries/section-47-enquiries?referralId={referralId}")).GetProperty("items").EnumerateArray())
            .GetProperty("id").GetGuid();

        var check = await Send(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiryId}/agency-checks",
            new { agency = "police", question = $"What do you hold on {FirstName} {LastName}?" }, HttpStatusCode.Created);
        await Send(HttpMethod.Post, $"/api/enquiries/agency-checks/{check.GetProperty("id").GetGuid()}/answer",
            new { answer = AgencyAnswer }, HttpStatusCode.NotFound, agency: "health");
        await Send(HttpMethod.Post, $"/api/enquiries/agency-checks/{check.GetProperty("id").GetGuid()}/answer",
            new { answer = AgencyAnswer }, HttpStatusCode.OK, agency: "police");
        await Send(HttpMethod.Put, $"/api/enquiries/section-47-enquiries/{enquiryId}/child-seen",
            new { seenOn = today, seenAlone = true, childsWords = ChildsWords, othersSeen = $"{LastName} family at {Postcode}" }, HttpStatusCode.OK);
        await Send(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiryId}/outcome",
            new { outcome = "conference-required", reasons = Concern, completedOn = today }, HttpStatusCode.OK);
        // The family's names held by advocacy (a parent) and family networks (who the meeting was offered to).
        await Send(HttpMethod.Post, "/api/advocacy/parents",
            new
            {
                laChildId = child,
                name = $"{FirstName} {LastName} Senior",
                relationship = "mother",
                language = "en",
                interpreterNeeded = false,
                contactPreferences = new[] { "post" },
                address = $"{AddressLine}, {Postcode}",
            },
            HttpStatusCode.Created, key: "pii-parent-" + Guid.NewGuid().ToString("N"));
        var familyRequest = await Eventually.ReturnsAsync(async () => (await Get($"/api/familynetworks/requests?laChildId={child}&stage=section-47")).GetProperty("items"),
            r => r.GetArrayLength() == 1, TimeSpan.FromSeconds(30), "the family network request for the Section 47 enquiry");
        await Send(HttpMethod.Post, $"/api/familynetworks/requests/{familyRequest[0].GetProperty("id").GetGuid()}/offer",
            new { offeredTo = new[] { new { name = $"{FirstName} {LastName} Senior", relationship = "mother", parentalResponsibility = true } }, offeredOn = today },
            HttpStatusCode.OK);
        await Send(HttpMethod.Post, "/api/referrals/consultations",
            new { requesterAgency = "health", requesterContact = ReferrerContact, question = $"{FirstName} {LastName} at {AddressLine}?", child = new { firstName = FirstName, lastName = LastName, dateOfBirth = DateOfBirth } },
            HttpStatusCode.Created, agency: "health");
        // Reads by services that hold only ids: what they answer is searched too.
        await Get($"/api/enquiries/strategy-discussions/{discussionId}");
        await Get($"/api/conferences?laChildId={child}");
        await Get($"/api/advocacy/offers?laChildId={child}");
        await Eventually.ReturnsAsync(async () => { using var r = await system.SendAsync(HttpMethod.Get, $"/api/reporting/children/{child}/timeline"); return r.StatusCode; },
            status => status == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the child's timeline in reporting");
        await Get($"/api/reporting/children/{child}/timeline");
        await Get("/api/reporting/work?pageSize=200");

        // Positive controls for the server logs: a FATAL PostgreSQL logs with the database name, a refused RabbitMQ login with the user name.
        var pgControl = "leakcontrol_" + Suffix();
        var rabbitControl = "leakcontrol-" + Suffix();
        await ProvokeServerLogsAsync(pgControl, rabbitControl);
        var flowEnded = DateTimeOffset.UtcNow;

        // The flush, awaited: every process that exported anything during the flow has since exported its metrics twice
        // (a periodic export, 1 s; its trace and log batches, every 500 ms, were due before), and each channel's control is in.
        var exporters = new[] { "traces", "logs", "metrics" }.SelectMany(s => system.Telemetry.ExportersBetween(startedAt, flowEnded, s)).ToHashSet();
        await Eventually.ReturnsAsync(() => Task.FromResult(exporters.Count(e => ExportsAfter(e, flowEnded) < 2)), n => n == 0, TimeSpan.FromSeconds(60),
            "every exporting process to export twice more after the flow");
        var referralIdText = referralId.ToString();
        // Controls per channel: the referral's id in a log record (ReferralLog) and in a span attribute (url.path of the
        // decision), a consumer's name as a metric tag (macpt.inbox.applied), the provoked server log lines.
        var controls = await Eventually.ReturnsAsync(async () => new Dictionary<string, int>
        {
            ["logs: referral id"] = system.Telemetry.PayloadsContaining(referralIdText, "logs"),
            ["traces: referral id"] = system.Telemetry.PayloadsContaining(referralIdText, "traces"),
            ["metrics: consumer tag"] = system.Telemetry.PayloadsContaining("ReferralDecidedConsumer", "metrics"),
            ["postgres log: control database"] = (await system.ResourceLogAsync("postgres")).Count(l => l.Contains(pgControl, StringComparison.Ordinal)),
            ["rabbitmq log: control user"] = (await system.ResourceLogAsync("rabbitmq")).Count(l => l.Contains(rabbitControl, StringComparison.Ordinal)),
        }, c => c.Values.All(v => v > 0), TimeSpan.FromSeconds(60), "a positive control in every channel");

        var postgresLog = await system.ResourceLogAsync("postgres");
        var rabbitLog = await system.ResourceLogAsync("rabbitmq");
        var hits = new Dictionary<string, int>
        {
            ["traces"] = Seeded.Sum(s => system.Telemetry.PayloadsContaining(s, "traces")),
            ["logs"] = Seeded.Sum(s => system.Telemetry.PayloadsContaining(s, "logs")),
            ["metrics"] = Seeded.Sum(s => system.Telemetry.PayloadsContaining(s, "metrics")),
            ["postgres log"] = Seeded.Sum(s => postgresLog.Count(l => l.Contains(s, StringComparison.OrdinalIgnoreCase))),
            ["rabbitmq log"] = Seeded.Sum(s => rabbitLog.Count(l => l.Contains(s, StringComparison.OrdinalIgnoreCase))),
        };
        // An answer may repeat what its service was sent; a problem answer repeats nothing; no answer carries what its service never received.
        var answerLeaks = answers
            .SelectMany(a => Seeded.Where(s => a.Body.Contains(s, StringComparison.OrdinalIgnoreCase) && (a.Status >= 400 || !a.ServiceWasSent.Contains(s)))
                .Select(s => $"{a.Request} {a.Status}: seeded value #{Array.IndexOf(Seeded, s)}"))
            .ToList();
        output.WriteLine($"Searched: {string.Join(", ", system.Telemetry.Requests.Select(r => $"{r.Key} {r.Value} exports"))}, {system.Telemetry.Bytes:N0} bytes; " +
            $"PostgreSQL log {postgresLog.Count} lines; RabbitMQ log {rabbitLog.Count} lines; {answers.Count} answers ({answers.Count(a => a.Status < 400)} 2xx, {answers.Count(a => a.Status >= 400)} problems)");
        output.WriteLine($"Controls found: {string.Join(", ", controls.Select(c => $"{c.Key} {c.Value}"))}; {exporters.Count} exporting processes flushed");
        output.WriteLine($"Hits of seeded values: {string.Join(", ", hits.Select(h => $"{h.Key} {h.Value}"))}, answers {answerLeaks.Count}");

        Assert.True(answers.Count(a => a.Status >= 400) >= 5, "the refused requests were answered");
        Assert.All(hits, h => Assert.True(h.Value == 0, $"seeded values found {h.Value} times in {h.Key}"));
        Assert.Empty(answerLeaks);
    }

    private int ExportsAfter(string exporter, DateTimeOffset after) => system.Telemetry.ExportsOf(exporter, "metrics", after);

    /// <summary>Makes each server log a line naming a control value: a connection to a database that does not exist, a refused login.</summary>
    private async Task ProvokeServerLogsAsync(string database, string user)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(await system.App.GetConnectionStringAsync("referrals-db"))
        { Database = database, Pooling = false };
        await using (var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString))
        {
            await Assert.ThrowsAsync<Npgsql.PostgresException>(() => connection.OpenAsync());
        }
        var uri = new Uri(system.BrokerConnectionString);
        var factory = new RabbitMQ.Client.ConnectionFactory { HostName = uri.Host, Port = uri.Port, UserName = user, Password = "wrong" };
        await Assert.ThrowsAnyAsync<Exception>(() => factory.CreateConnectionAsync());
    }
}
