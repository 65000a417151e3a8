using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Property-based bad input per public endpoint (FsCheck): generated bodies, content types, ids and dates,
/// valid and invalid. Every answer is 2xx or a problem+json 4xx, never 5xx, and a refused request leaves the
/// database exactly as it was (the target row's fingerprint and the table counts are compared).
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class GeneratedInputTests(MacptSystem system, ITestOutputHelper output)
{
    private const int CasesPerEndpoint = 60;

    /// <summary>One endpoint: how to call it, a valid body, and what a refused call must leave unchanged.</summary>
    private sealed record Endpoint(string Name, HttpMethod Method, string Path, JsonNode Body, string Service, string Probe,
        (string, object)[]? ProbeParameters = null, string Agency = "local-authority", bool NeedsKey = false, Guid? Id = null);

    [Fact]
    public async Task Every_endpoint_answers_generated_input_with_2xx_or_a_problem_and_refusals_change_nothing()
    {
        var endpoints = await EndpointsAsync();
        var summary = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var counts = new Dictionary<string, int>();
            var property = Prop.ForAll(JsonMutations.Arbitrary, Arb.From(Gen.Choose(0, 19)), (mutations, variant) =>
            {
                var status = RunCaseAsync(endpoint, mutations, variant).GetAwaiter().GetResult();
                var band = $"{status / 100}xx";
                counts[band] = counts.GetValueOrDefault(band) + 1;
            });
            property.Check(Config.QuickThrowOnFailure.WithMaxTest(CasesPerEndpoint).WithQuietOnSuccess(true));
            var line = $"{endpoint.Name}: {counts.Values.Sum()} cases ({string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Value} {c.Key}"))})";
            summary.Add(line);
            output.WriteLine(line);
            Assert.True(counts.GetValueOrDefault("4xx") > 0, $"{endpoint.Name}: no case was refused, so the generator is not probing it");
            Assert.True(counts.GetValueOrDefault("2xx") > 0, $"{endpoint.Name}: no generated case was accepted, so its valid body is not valid");
        }
        output.WriteLine($"{endpoints.Count} endpoints, {endpoints.Count * CasesPerEndpoint} generated requests, 0 answered 5xx");
    }

    private async Task<int> RunCaseAsync(Endpoint endpoint, JsonMutations.Mutation[] mutations, int variant)
    {
        var before = await ProbeAsync(endpoint);
        var body = JsonMutations.Apply(endpoint.Body, mutations);
        var id = variant switch
        {
            18 => Guid.NewGuid().ToString(), // unknown id
            19 => "not-a-guid",
            _ => endpoint.Id?.ToString() ?? "",
        };
        using var request = new HttpRequestMessage(endpoint.Method, endpoint.Path.Replace("{id}", id, StringComparison.Ordinal));
        var json = body.ToJsonString();
        request.Content = variant switch
        {
            15 => new StringContent(json, Encoding.UTF8, "text/plain"),
            16 => new StringContent("<referral><child/></referral>", Encoding.UTF8, "application/xml"),
            17 => new StringContent(json[..(json.Length / 2)], Encoding.UTF8, "application/json"), // truncated JSON
            _ => new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (endpoint.NeedsKey && variant != 14) request.Headers.TryAddWithoutValidation("Idempotency-Key", variant == 13 ? new string('k', 300) : "gen-" + Guid.NewGuid().ToString("N"));
        using var response = await (endpoint.Agency == "local-authority" ? system.Gateway : system.ClientFor(endpoint.Agency)).SendAsync(request);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status < 500, $"{endpoint.Name} answered {status} to {string.Join("; ", mutations.Select(m => m.ToString()))} / variant {variant}");
        if (status >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True(JsonDocument.Parse(text).RootElement.TryGetProperty("status", out _), $"{endpoint.Name}: a problem with its status");
            Assert.Equal(before, await ProbeAsync(endpoint));
        }
        return status;
    }

    private async Task<string> ProbeAsync(Endpoint endpoint)
    {
        await using var connection = await system.OpenDatabaseAsync(endpoint.Service);
        await using var command = new Npgsql.NpgsqlCommand(endpoint.Probe, connection);
        foreach (var (name, value) in endpoint.ProbeParameters ?? []) command.Parameters.AddWithValue(name, value);
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>Real targets for every endpoint: a referral to decide, discussions to convene and hold, an enquiry, a check.</summary>
    private async Task<List<Endpoint>> EndpointsAsync()
    {
        var today = Enquiries.Today();
        var referralId = await Referrals.CreateAsync(system.Gateway);
        var (_, conveneTarget) = await Enquiries.DiscussionAsync(system, null);
        var (_, outcomeTarget) = await Enquiries.DiscussionAsync(system, null);
        var enquiry = await Enquiries.OpenEnquiryAsync(system);
        var enquiryId = enquiry.GetProperty("id").GetGuid();
        var completeTarget = (await Enquiries.OpenEnquiryAsync(system)).GetProperty("id").GetGuid();
        using var check = await system.SendAsync(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiryId}/agency-checks",
            new { agency = "police", question = "What do you hold?" });
        var checkId = (await check.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        static JsonNode J(object o) => JsonSerializer.SerializeToNode(o, Macpt.ServiceDefaults.MacptJson.Options)!;
        static string Row(string table) => $"SELECT md5(t::text) FROM {table} t WHERE id = @id";
        const string Outbox = "(SELECT count(*) FROM outbox_messages)";
        var child = new { laChildId = "GEN1", firstName = "Gen", lastName = "Erated", dateOfBirth = "2016-02-29", gender = "1", nhsNumber = "4729583167" };
        return
        [
            new("POST /api/referrals", HttpMethod.Post, "/api/referrals",
                J(new { child, referralSource = "2A", concerns = "Generated.", receivedAt = DateTimeOffset.UtcNow.AddMinutes(-5), harmContext = "online", suspectedCategories = new[] { "NEG" } }),
                "referrals", $"SELECT (SELECT count(*) FROM referrals) || '/' || {Outbox}", NeedsKey: true),
            new("POST /api/referrals/households", HttpMethod.Post, "/api/referrals/households",
                // A partner's referral may not be back-dated (PartnerReferralIsNotBackDated): received a minute ago.
                J(new { children = new[] { child, child with { laChildId = "GEN2" } }, referralSource = "6", concerns = "Generated.", receivedAt = DateTimeOffset.UtcNow.AddMinutes(-1) }),
                "referrals", $"SELECT (SELECT count(*) FROM referrals) || '/' || {Outbox}", Agency: "police", NeedsKey: true),
            new("POST /api/referrals/{id}/decision", HttpMethod.Post, "/api/referrals/{id}/decision" ,
                J(new { decision = "no-further-action", reason = "Generated." }),
                "referrals", $"SELECT ({Row("referrals")}) || '/' || {Outbox}", [("id", referralId)], Id: referralId),
            new("POST /api/referrals/consultations", HttpMethod.Post, "/api/referrals/consultations",
                J(new { requesterAgency = "health", question = "Generated?", child = new { firstName = "Gen", dateOfBirth = "2016-02-29" } }),
                "referrals", "SELECT count(*) FROM case_consultations", Agency: "health"),
            new("POST /api/enquiries/strategy-discussions", HttpMethod.Post, "/api/enquiries/strategy-discussions",
                J(new { laChildId = Referrals.NewChildId(), urgency = "standard", concern = "Generated." }),
                "enquiries", "SELECT count(*) FROM strategy_discussions WHERE source = 'direct'"),
            new("PUT /api/enquiries/strategy-discussions/{id}/convening", HttpMethod.Put, "/api/enquiries/strategy-discussions/{id}/convening" ,
                J(new { scheduledFor = DateTimeOffset.UtcNow.AddHours(2), chairId = "lcpp-0042", attendees = Enquiries.AllRequired }),
                "enquiries", Row("strategy_discussions"), [("id", conveneTarget)], Id: conveneTarget),
            new("POST /api/enquiries/strategy-discussions/{id}/outcome", HttpMethod.Post, "/api/enquiries/strategy-discussions/{id}/outcome" ,
                J(Enquiries.Outcome(today, thresholdMet: true)),
                "enquiries", $"SELECT ({Row("strategy_discussions")}) || '/' || (SELECT count(*) FROM section_47_enquiries) || '/' || {Outbox}", [("id", outcomeTarget)], Id: outcomeTarget),
            new("PUT /api/enquiries/section-47-enquiries/{id}/child-seen", HttpMethod.Put, "/api/enquiries/section-47-enquiries/{id}/child-seen" ,
                J(new { seenOn = today, seenAlone = true, childsWords = "Generated." }),
                "enquiries", Row("section_47_enquiries"), [("id", enquiryId)], Id: enquiryId),
            new("POST /api/enquiries/section-47-enquiries/{id}/agency-checks", HttpMethod.Post, "/api/enquiries/section-47-enquiries/{id}/agency-checks" ,
                J(new { agency = "education", question = "Generated?" }),
                "enquiries", $"SELECT (SELECT count(*) FROM agency_checks WHERE enquiry_id = @id) || '/' || {Outbox}", [("id", enquiryId)], Id: enquiryId),
            new("POST /api/enquiries/agency-checks/{id}/answer", HttpMethod.Post, "/api/enquiries/agency-checks/{id}/answer" ,
                J(new { answer = "Generated." }),
                "enquiries", $"SELECT ({Row("agency_checks")}) || '/' || {Outbox}", [("id", checkId)], Agency: "police", Id: checkId),
            new("POST /api/enquiries/section-47-enquiries/{id}/outcome", HttpMethod.Post, "/api/enquiries/section-47-enquiries/{id}/outcome" ,
                J(new { outcome = "not-substantiated", reasons = "Generated.", completedOn = today, notSeenReason = "Generated." }),
                "enquiries", $"SELECT ({Row("section_47_enquiries")}) || '/' || {Outbox}", [("id", completeTarget)], Id: completeTarget),
            new("POST /api/conferences/pre-birth", HttpMethod.Post, "/api/conferences/pre-birth",
                J(new { laChildId = Referrals.NewChildId(), targetDate = today }),
                "conferences", $"SELECT (SELECT count(*) FROM conferences) || '/' || {Outbox}", NeedsKey: true),
            new("POST /api/familynetworks/requests", HttpMethod.Post, "/api/familynetworks/requests",
                J(new { laChildId = Referrals.NewChildId(), stage = "pre-proceedings", referralId = Guid.NewGuid() }),
                "familynetworks", $"SELECT (SELECT count(*) FROM meeting_requests) || '/' || {Outbox}"),
            new("POST /api/familynetworks/pre-proceedings", HttpMethod.Post, "/api/familynetworks/pre-proceedings",
                J(new { laChildId = Referrals.NewChildId(), referralId = Guid.NewGuid(), startDate = today, legalPlanningMeeting = new { heldOn = today, decision = "pre-proceedings" } }),
                "familynetworks", $"SELECT (SELECT count(*) FROM pre_proceedings) || '/' || {Outbox}"),
            new("POST /api/advocacy/parents", HttpMethod.Post, "/api/advocacy/parents",
                J(new { laChildId = Referrals.NewChildId(), name = "Gen Parent", relationship = "father", language = "pl", interpreterNeeded = true,
                    contactPreferences = new[] { "post" }, address = "1 Generated Road" }),
                "advocacy", $"SELECT (SELECT count(*) FROM parents) || '/' || {Outbox}", NeedsKey: true),
        ];
    }

    private static readonly string[] Services = ["referrals", "enquiries", "conferences", "familynetworks", "advocacy"];

    /// <summary>
    /// Every write operation in the five OpenAPI documents, found there (so an endpoint added later is covered with no
    /// change here), gets the bad-input cases generated from its schema; each must answer 4xx problem+json and leave its
    /// service's database as it was: every table's row count (outbox and idempotency keys included) and the target row.
    /// </summary>
    [Fact]
    public async Task Every_write_operation_in_the_OpenAPI_documents_refuses_generated_bad_input_with_a_problem_and_stores_nothing()
    {
        var operations = new List<(OpenApiCases.WriteOperation Operation, JsonElement Document)>();
        foreach (var service in Services)
        {
            using var client = system.ServiceClient(service);
            var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
            operations.AddRange(OpenApiCases.WriteOperations(service, document).Select(o => (o, document)));
        }
        var refusedBy = new Dictionary<string, int>();
        var statuses = new Dictionary<int, int>();
        foreach (var (operation, document) in operations)
        {
            var target = await TargetIdAsync(operation);
            var cases = OpenApiCases.InvalidCases(operation, document);
            foreach (var c in cases)
            {
                var before = await FingerprintAsync(operation.Service, target);
                var path = operation.IdParameter is { } p
                    ? operation.Path.Replace("{" + p + "}", c.MalformedId ? "not-a-uuid" : target.ToString(), StringComparison.Ordinal)
                    : operation.Path;
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), path) { Content = new StringContent(c.Body, Encoding.UTF8, c.ContentType) };
                if (operation.TakesIdempotencyKey) request.Headers.TryAddWithoutValidation("Idempotency-Key", "gen-" + Guid.NewGuid().ToString("N"));
                using var response = await system.Gateway.SendAsync(request);
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(status is >= 400 and < 500, $"{operation.Name} ({c.Name}) answered {status}: {text[..Math.Min(text.Length, 300)]}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.True(JsonDocument.Parse(text).RootElement.TryGetProperty("status", out _), $"{operation.Name} ({c.Name}): a problem with its status");
                Assert.True(before == await FingerprintAsync(operation.Service, target), $"{operation.Name} ({c.Name}) was refused with {status} but changed the {operation.Service} database");
                refusedBy[operation.Name] = refusedBy.GetValueOrDefault(operation.Name) + 1;
            }
        }
        foreach (var group in operations.GroupBy(o => o.Operation.Service))
        {
            output.WriteLine($"{group.Key}: {group.Count()} write operations, {group.Sum(o => refusedBy.GetValueOrDefault(o.Operation.Name))} generated cases refused");
        }
        output.WriteLine($"{operations.Count} write operations in the OpenAPI documents, {refusedBy.Values.Sum()} generated cases, answers: " +
            string.Join(", ", statuses.OrderBy(x => x.Key).Select(x => $"{x.Value}× {x.Key}")));
        // Every operation in a document has cases: one with none (a body the generator cannot read, say) fails here.
        Assert.All(operations, o => Assert.True(refusedBy.GetValueOrDefault(o.Operation.Name) >= 4, $"{o.Operation.Name}: no generated cases"));
    }

    /// <summary>A record the operation can target: the first of its collection's list, if the document's service lists it; else an unknown id.</summary>
    private async Task<Guid> TargetIdAsync(OpenApiCases.WriteOperation operation)
    {
        if (operation.Collection is not { } collection) return Guid.Empty;
        using var response = await system.Gateway.GetAsync(collection);
        if (!response.IsSuccessStatusCode) return Guid.NewGuid();
        var list = await response.Content.ReadFromJsonAsync<JsonElement>();
        return list.TryGetProperty("items", out var items) && items.GetArrayLength() > 0 && items[0].TryGetProperty("id", out var id) && id.TryGetGuid(out var guid)
            ? guid
            : Guid.NewGuid();
    }

    private readonly Dictionary<string, string> _fingerprintSql = [];

    /// <summary>Every table's row count in one service's database (but the audit log), and the target row wherever it is (any table with a uuid id).</summary>
    private async Task<string> FingerprintAsync(string service, Guid target)
    {
        await using var connection = await system.OpenDatabaseAsync(service);
        if (!_fingerprintSql.TryGetValue(service, out var sql))
        {
            var parts = new List<string>();
            await using (var tables = new Npgsql.NpgsqlCommand("""
                SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c
                    WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'id' AND c.data_type = 'uuid')
                FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                  AND t.table_name <> 'audit_log' -- every answered request is audited, a refusal too: that row is meant to be stored
                ORDER BY 1
                """, connection))
            await using (var reader = await tables.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    var table = reader.GetString(0).Replace("\"", "\"\"", StringComparison.Ordinal);
                    parts.Add(reader.GetBoolean(1)
                        ? $"'{table}=' || (SELECT count(*) FROM \"{table}\") || '/' || coalesce((SELECT md5(t::text) FROM \"{table}\" t WHERE id = @target), '')"
                        : $"'{table}=' || (SELECT count(*) FROM \"{table}\")");
                }
            }
            _fingerprintSql[service] = sql = "SELECT " + string.Join(" || ';' || ", parts);
        }
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("target", target);
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    [Fact]
    public async Task Every_list_answers_generated_query_strings_with_200_or_a_problem()
    {
        string[] lists = ["/api/referrals", "/api/referrals/consultations", "/api/enquiries/strategy-discussions", "/api/enquiries/section-47-enquiries",
            "/api/enquiries/agency-checks", "/api/conferences", "/api/conferences/plans", "/api/familynetworks/requests", "/api/familynetworks/plans",
            "/api/advocacy/offers", "/api/advocacy/advocates"];
        string[] names = ["status", "due", "page", "pageSize", "referralId", "icpcTarget", "agency", "enquiryId", "laChildId", "kind", "stage", "awaiting", "reviewDue", "language"];
        string[] values = ["", "x", "-1", "0", "2147483648", "999999999999", "overdue", "today", "passed", "awaiting-decision", "open", "police", "not-held",
            Guid.NewGuid().ToString(), "not-a-guid", "%00", "%F0%9F%98%80", new string('a', 5000)];
        var queryGen =
            from count in Gen.Choose(0, 4)
            from pairs in (from n in Gen.Elements(names) from v in Gen.Elements(values) select $"{n}={v}").ArrayOf(count)
            from list in Gen.Elements(lists)
            select $"{list}?{string.Join('&', pairs)}";
        var counts = new Dictionary<int, int>();
        Prop.ForAll(Arb.From(queryGen), uri =>
        {
            using var response = system.Gateway.GetAsync(uri).GetAwaiter().GetResult();
            var status = (int)response.StatusCode;
            counts[status] = counts.GetValueOrDefault(status) + 1;
            Assert.True(status is 200 or (>= 400 and < 500), $"{uri[..Math.Min(uri.Length, 200)]} answered {status}");
            if (status >= 400) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true));
        output.WriteLine($"list queries: 200 cases ({string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Value}×{c.Key}"))})");
    }
}
