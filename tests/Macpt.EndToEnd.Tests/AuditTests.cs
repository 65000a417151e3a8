using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Xunit.Abstractions;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Every read and change of a child's records leaves a row in the owning service's audit_log: who (from the
/// token), what (the record and the child), the answer's status and the correlation id, and nothing personal.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class AuditTests(MacptSystem system, ITestOutputHelper output)
{
    private const string FirstName = "Wistaria";
    private const string LastName = "Pumbleknott";
    private const string DateOfBirth = "2015-03-27";

    private static object DistinctiveReferral(string laChildId) => new
    {
        child = new { laChildId, firstName = FirstName, lastName = LastName, dateOfBirth = DateOfBirth, sex = "M" },
        referralSource = "2A",
        concerns = "Marmalade-compass concern from the school.",
        receivedAt = DateTimeOffset.UtcNow.AddMinutes(-10),
    };

    private sealed record Row(string Kind, string Action, string ResourceType, string? ResourceId, string? LaChildId, string[] LaChildIds,
        string ActorId, string ActorKind, string ClientId, string Agency, string[] Roles, string? Method, string? Route, int? Status, string? CorrelationId);

    private async Task<List<Row>> RowsAsync(string service, string where, params (string Name, object Value)[] parameters)
    {
        await using var connection = await system.OpenDatabaseAsync(service);
        await using var command = new NpgsqlCommand(
            "SELECT kind, action, resource_type, resource_id, la_child_id, la_child_ids, actor_id, actor_kind, client_id, agency, roles, method, route, status, correlation_id " +
            $"FROM audit_log WHERE {where} ORDER BY at, id", connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var rows = new List<Row>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new Row(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetFieldValue<string[]>(5), reader.GetString(6), reader.GetString(7),
                reader.GetString(8), reader.GetString(9), reader.GetFieldValue<string[]>(10), reader.IsDBNull(11) ? null : reader.GetString(11),
                reader.IsDBNull(12) ? null : reader.GetString(12), reader.IsDBNull(13) ? null : reader.GetInt32(13), reader.IsDBNull(14) ? null : reader.GetString(14)));
        }
        return rows;
    }

    [Fact]
    public async Task A_create_a_read_a_list_and_a_change_are_audited_with_the_tokens_actor_the_child_and_the_status_and_nothing_personal()
    {
        var child = Referrals.NewChildId();
        // 1. The front door's duty practitioner records a referral with distinctive personal details.
        var id = await Referrals.CreateAsync(system.Gateway, DistinctiveReferral(child));
        // 2. Reads it, lists the queue, decides it.
        using (var read = await system.Gateway.GetAsync($"/api/referrals/{id}")) Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using (var list = await system.Gateway.GetAsync("/api/referrals?status=awaiting-decision&pageSize=200")) Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        using (var decided = await Referrals.DecideAsync(system.Gateway, id, "strategy-discussion")) Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        var rows = await RowsAsync("referrals", "la_child_id = @c OR @c = ANY(la_child_ids)", ("c", child));
        foreach (var row in rows) output.WriteLine($"{row.Kind} {row.Action} {row.ResourceType} {row.Method} {row.Route} {row.Status} {row.ActorId}");

        Assert.All(rows, r =>
        {
            Assert.Equal("duty-0001", r.ActorId);
            Assert.Equal("practitioner", r.ActorKind);
            Assert.Equal("local-authority", r.Agency);
            Assert.NotEmpty(r.Roles);
            Assert.False(string.IsNullOrEmpty(r.ClientId));
            Assert.False(string.IsNullOrEmpty(r.CorrelationId));
        });
        Assert.Contains(rows, r => r is { Kind: "change", Action: "create", ResourceType: "Referral", Status: null } && r.ResourceId == id.ToString() && r.LaChildId == child);
        Assert.Contains(rows, r => r is { Kind: "request", Action: "create", Method: "POST", Route: "/api/referrals/", Status: 201 } && r.LaChildId == child);
        Assert.Contains(rows, r => r is { Kind: "request", Action: "read", Method: "GET", Route: "/api/referrals/{id:guid}", Status: 200 } && r.ResourceId == id.ToString() && r.LaChildId == child);
        Assert.Contains(rows, r => r is { Kind: "request", Action: "list", Method: "GET", Status: 200 } && r.LaChildIds.Contains(child));
        Assert.Contains(rows, r => r is { Kind: "change", Action: "update", ResourceType: "Referral" } && r.ResourceId == id.ToString() && r.Route == "/api/referrals/{id:guid}/decision");
        Assert.Contains(rows, r => r is { Kind: "request", Action: "update", Method: "POST", Status: 200 } && r.ResourceId == id.ToString());

        // 3. No personal data anywhere in any service's audit log: every column of every row, as text.
        foreach (var service in Macpt.Contracts.ServiceNames.Apis)
        {
            Assert.Equal(0, await system.CountAsync(service,
                "SELECT count(*) FROM audit_log a WHERE a::text ILIKE @f OR a::text ILIKE @l OR a::text LIKE @d OR a::text ILIKE '%Marmalade%'",
                ("f", $"%{FirstName}%"), ("l", $"%{LastName}%"), ("d", $"%{DateOfBirth}%")));
        }
    }

    [Fact]
    public async Task A_refused_change_leaves_its_refusal_audited_and_no_change_row()
    {
        var child = Referrals.NewChildId();
        var id = await Referrals.CreateAsync(system.Gateway, DistinctiveReferral(child));
        using (var first = await Referrals.DecideAsync(system.Gateway, id, "no-further-action")) Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        // A referral is decided once: the second decision is refused by the rule, nothing is saved.
        using (var second = await Referrals.DecideAsync(system.Gateway, id, "strategy-discussion")) Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);

        var rows = await RowsAsync("referrals", "resource_id = @id", ("id", id.ToString()));
        Assert.Single(rows, r => r is { Kind: "change", Action: "update" });
        Assert.Contains(rows, r => r is { Kind: "request", Action: "update", Status: 409 });
        Assert.Contains(rows, r => r is { Kind: "request", Action: "update", Status: 200 });
        // The change row and the change it records are one commit: the stored decision and its row agree.
        Assert.Equal(1, await system.CountAsync("referrals", "SELECT count(*) FROM referrals WHERE id = @id AND decision_type IS NOT NULL", ("id", id)));
    }

    [Fact]
    public async Task A_consumers_change_is_audited_as_the_consuming_services_system_actor()
    {
        var child = Referrals.NewChildId();
        var id = await Referrals.CreateAsync(system.Gateway, DistinctiveReferral(child));
        using (var decided = await Referrals.DecideAsync(system.Gateway, id, "strategy-discussion")) Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        var rows = await Eventually.ReturnsAsync(() => RowsAsync("enquiries", "la_child_id = @c AND kind = 'change'", ("c", child)),
            r => r.Count > 0, TimeSpan.FromSeconds(60), "the strategy discussion's audit row");
        Assert.All(rows, r =>
        {
            Assert.Equal("enquiries", r.ActorId);
            Assert.Equal("system", r.ActorKind);
            Assert.Equal("create", r.Action);
            Assert.Null(r.Route);
        });
    }

    [Fact]
    public async Task Auditors_query_the_log_by_child_and_actor_and_their_query_is_itself_audited()
    {
        var child = Referrals.NewChildId();
        var id = await Referrals.CreateAsync(system.Gateway, DistinctiveReferral(child));
        using (var read = await system.Gateway.GetAsync($"/api/referrals/{id}")) read.EnsureSuccessStatusCode();

        var auditor = system.AsUser("audit-0001");
        using var answer = await auditor.GetAsync($"/api/referrals/audit?laChildId={child}&actor=duty-0001&from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}&page=1&pageSize=50");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var page = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(page.GetProperty("total").GetInt32() >= 3);
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal("duty-0001", i.GetProperty("actorId").GetString()));
        Assert.Contains(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("action").GetString() == "read" && i.GetProperty("resourceId").GetString() == id.ToString());

        // Only auditors: the duty practitioner who made the rows may not read them.
        using (var refused = await system.Gateway.GetAsync($"/api/referrals/audit?laChildId={child}")) Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using (var bad = await auditor.GetAsync("/api/referrals/audit?pageSize=201")) Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        foreach (var service in new[] { "enquiries", "conferences", "familynetworks", "advocacy" })
        {
            using var each = await auditor.GetAsync($"/api/{service}/audit?laChildId={child}");
            Assert.Equal(HttpStatusCode.OK, each.StatusCode);
        }

        Assert.True(await system.CountAsync("referrals", "SELECT count(*) FROM audit_log WHERE actor_id = 'audit-0001' AND route = '/api/referrals/audit' AND status = 200") >= 1);
        Assert.True(await system.CountAsync("referrals", "SELECT count(*) FROM audit_log WHERE actor_id = 'duty-0001' AND route = '/api/referrals/audit' AND status = 403") >= 1);
    }

    [Fact]
    public async Task A_read_is_audited_before_its_answer_leaves_the_replica()
    {
        var id = await Referrals.CreateAsync(system.Gateway, DistinctiveReferral(Referrals.NewChildId()));
        var correlation = "audit-freeze-" + Guid.NewGuid().ToString("N")[..12];
        using (var request = new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{id}"))
        {
            request.Headers.Add("X-Correlation-Id", correlation);
            using var read = await system.Gateway.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }
        // Freeze every referrals replica the moment the answer is in: whichever answered can write nothing more (as if
        // it had died), so a row found now was committed before the answer's first byte.
        await using (await system.FreezeReplicasAsync("referrals"))
        {
            Assert.Equal(1, await system.CountAsync("referrals", "SELECT count(*) FROM audit_log WHERE correlation_id = @c AND action = 'read' AND status = 200", ("c", correlation)));
        }
    }

    [Fact]
    public async Task What_a_read_audit_costs()
    {
        var id = await Referrals.CreateAsync(system.Gateway, DistinctiveReferral(Referrals.NewChildId()));
        using var direct = system.ServiceClient("referrals");
        for (var i = 0; i < 10; i++) (await direct.GetAsync($"/api/referrals/{id}")).Dispose();
        const int Reads = 100;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Reads; i++)
        {
            using var read = await direct.GetAsync($"/api/referrals/{id}");
            read.EnsureSuccessStatusCode();
        }
        var perRead = clock.Elapsed.TotalMilliseconds / Reads;

        // The audit's own part of a read: one INSERT on a pooled connection, as the service's app role does it.
        await using var connection = await system.OpenDatabaseAsync("referrals");
        const int Inserts = 200;
        clock.Restart();
        for (var i = 0; i < Inserts; i++)
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO audit_log (id, at, kind, action, resource_type, resource_id, la_child_id, la_child_ids, actor_id, actor_kind, client_id, agency, roles, method, route, status, correlation_id) " +
                "VALUES (gen_random_uuid(), now(), 'request', 'read', 'Referral', @r, 'TCOST', '{TCOST}', 'cost-probe', 'system', 'cost-probe', 'local-authority', '{}', 'GET', '/api/referrals/{id:guid}', 200, 'cost')", connection);
            insert.Parameters.AddWithValue("r", id.ToString());
            await insert.ExecuteNonQueryAsync();
        }
        var perInsert = clock.Elapsed.TotalMilliseconds / Inserts;
        output.WriteLine($"GET /api/referrals/{{id}} straight to the service, audited: {perRead:0.00} ms per read ({Reads} sequential)");
        output.WriteLine($"one audit_log INSERT as referrals_app: {perInsert:0.00} ms ({Inserts} sequential), {100 * perInsert / perRead:0}% of an audited read");
    }
}
