using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Macpt.ServiceDefaults.Security;
using Xunit.Abstractions;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// The access matrix, generated from the policy table: every system and every one-role practitioner against every
/// route of every service (read from the services' own OpenAPI documents, so a route added later is covered),
/// through the gateway. A principal the route's policy admits gets past authorization (any answer but 401/403:
/// with made-up ids and an empty body that is 404 or 400); every other gets 403 problem+json. Which records an
/// admitted partner sees is tested per service with real records (404 for what it is not part of).
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class AccessMatrixTests(MacptSystem system, ITestOutputHelper output)
{
    private static readonly IReadOnlyList<string> Services = Macpt.Contracts.ServiceNames.Apis;

    [Fact]
    public async Task The_policy_table_in_docs_is_the_one_the_services_enforce()
    {
        var documented = SecurityDoc.Policies();
        Assert.Equal(
            AccessPolicies.Table.OrderBy(p => p.Key).Select(p => $"{p.Key}: {string.Join(", ", p.Value.SystemAgencies)} | {string.Join(", ", p.Value.Roles)}"),
            documented.OrderBy(p => p.Key).Select(p => $"{p.Key}: {string.Join(", ", p.Value.SystemAgencies)} | {string.Join(", ", p.Value.Roles)}"));
    }

    [Fact]
    public async Task Every_route_declares_a_policy_and_docs_list_each_with_the_one_it_enforces()
    {
        var operations = await OperationsAsync();
        var undeclared = operations.Where(o => o.Policy == "actor").Select(o => o.ToString()).ToList();
        Assert.True(undeclared.Count == 0, "Routes that declare no policy: " + string.Join("; ", undeclared));
        var unknown = operations.Where(o => o.Policy != "anonymous" && !AccessPolicies.Table.ContainsKey(o.Policy)).Select(o => o.ToString()).ToList();
        Assert.True(unknown.Count == 0, "Routes naming an unknown policy: " + string.Join("; ", unknown));
        Assert.Equal(SecurityDoc.Routes().Order(StringComparer.Ordinal), operations.Select(o => o.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Each_principal_is_admitted_exactly_where_the_policy_table_says()
    {
        var operations = (await OperationsAsync()).Where(o => o.Policy != "anonymous").ToList();
        var principals = Principals();
        var wrong = new List<string>();
        int admitted = 0, refused = 0;
        var statuses = new Dictionary<HttpStatusCode, int>();
        foreach (var (principal, actor) in principals)
        {
            var client = system.ClientAs(principal);
            foreach (var operation in operations)
            {
                var expected = AccessPolicies.Table[operation.Policy].Admits(actor);
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.SamplePath());
                if (operation.Method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                using var response = await client.SendAsync(request);
                statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
                var gotIn = response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
                if (expected) admitted++; else refused++;
                if (gotIn != expected) wrong.Add($"{Describe(principal)} {operation}: {(int)response.StatusCode}, expected {(expected ? "admitted" : "403")}");
                else if (!expected) await Problem.AssertAsync(response, HttpStatusCode.Forbidden);
            }
        }
        output.WriteLine($"{principals.Count} principals x {operations.Count} routes = {principals.Count * operations.Count} calls: {admitted} admitted, {refused} refused; " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}")));
        Assert.True(wrong.Count == 0, $"{wrong.Count} calls answered against the policy table:\n" + string.Join("\n", wrong.Take(60)));
    }

    private List<(Principal Principal, Actor Actor)> Principals()
    {
        var identities = system.Tokens.Identities;
        var systems = identities.ClientDetails.Where(c => c.Key != "throttled-portal")
            .Select(c => ((Principal)new Principal.System(c.Key), new Actor(c.Key, MacptClaims.SystemKind, c.Key, c.Value.Agency, null, new HashSet<string>())));
        var users = identities.Users.Where(u => u.Value.Roles.Count == 1)
            .Select(u => ((Principal)new Principal.User(u.Key), new Actor(u.Key, MacptClaims.PractitionerKind, "macpt-cli", u.Value.Agency, null, u.Value.Roles.ToHashSet())));
        return [.. systems, .. users];
    }

    private static string Describe(Principal principal) => principal switch
    {
        Principal.System s => s.ClientId,
        Principal.User u => u.Username,
        _ => "?",
    };

    private async Task<List<Operation>> OperationsAsync()
    {
        var operations = new List<Operation>();
        foreach (var service in Services)
        {
            using var client = system.AnonymousServiceClient(service);
            var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Name is "get" or "post" or "put" or "patch" or "delete"))
                {
                    var policy = operation.Value.TryGetProperty("x-macpt-policy", out var p) ? p.GetString()! : "actor";
                    operations.Add(new Operation(service, operation.Name.ToUpperInvariant(), path.Name, policy));
                }
            }
        }
        return operations;
    }

    private sealed record Operation(string Service, string Method, string Path, string Policy)
    {
        public override string ToString() => $"{Service} {Method} {Path} {Policy}";

        /// <summary>The route with made-up ids: a GUID for each id, a valid-looking code for anything else.</summary>
        public string SamplePath() => System.Text.RegularExpressions.Regex.Replace(Path, "\\{([^}]+)\\}",
            m => m.Groups[1].Value.Contains("id", StringComparison.OrdinalIgnoreCase) && !m.Groups[1].Value.Contains("child", StringComparison.OrdinalIgnoreCase)
                ? Guid.NewGuid().ToString()
                : "C" + Random.Shared.Next(100000, 999999));
    }

    /// <summary>The two tables of <c>docs/security.md</c>.</summary>
    private static class SecurityDoc
    {
        private static string[] Lines() => File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "security.md"));

        public static Dictionary<string, (string[] SystemAgencies, string[] Roles)> Policies() =>
            Table(Lines(), "| policy |").ToDictionary(r => r[0], r => (Split(r[1]), Split(r[2])));

        public static List<string> Routes() => Table(Lines(), "| service |").Select(r => $"{r[0]} {r[1]} {r[2].Trim('`')} {r[3]}").ToList();

        private static string[] Split(string cell) => cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        private static IEnumerable<string[]> Table(string[] lines, string header)
        {
            var start = Array.FindIndex(lines, l => l.StartsWith(header, StringComparison.Ordinal));
            Assert.True(start >= 0, $"docs/security.md has no table headed {header}");
            return lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|'))
                .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray());
        }

        private static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Macpt.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException("Macpt.sln not found above the test's folder.");
        }
    }
}
