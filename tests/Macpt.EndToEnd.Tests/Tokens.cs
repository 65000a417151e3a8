using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Macpt.EndToEnd.Tests;

/// <summary>The development identities a run's AppHost wrote (<c>dev-identities.json</c>): client secrets and practitioners' passwords.</summary>
public sealed record DevIdentities(
    [property: JsonPropertyName("clients")] Dictionary<string, string> Clients,
    [property: JsonPropertyName("users")] Dictionary<string, DevUser> Users,
    [property: JsonPropertyName("clientDetails")] Dictionary<string, DevClient> ClientDetails)
{
    public static DevIdentities Read(string dataDir) =>
        JsonSerializer.Deserialize<DevIdentities>(File.ReadAllText(Path.Combine(dataDir, "dev-identities.json")))!;

    /// <summary>The system client that acts for an agency (the MASH front door for the local authority, else the agency's portal).</summary>
    public string ClientOf(string agency) => agency == "local-authority" ? "mash-front-door" : $"{agency}-portal";
}

public sealed record DevUser(
    [property: JsonPropertyName("password")] string Password,
    [property: JsonPropertyName("agency")] string Agency,
    [property: JsonPropertyName("roles")] List<string> Roles);

public sealed record DevClient([property: JsonPropertyName("agency")] string Agency, [property: JsonPropertyName("scopes")] List<string> Scopes);

/// <summary>Who a test acts as: a system client (client credentials) or a practitioner (password grant, local runs only).</summary>
public abstract record Principal
{
    public sealed record System(string ClientId) : Principal;
    public sealed record User(string Username) : Principal;
}

/// <summary>
/// Gets access tokens from the gateway's <c>/connect/token</c>, as a real caller does, and keeps each until a
/// minute before it expires.
/// </summary>
public sealed class TokenSource(Uri gateway, DevIdentities identities)
{
    private readonly ConcurrentDictionary<Principal, (string Token, DateTimeOffset Renew)> _cache = new();
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly HttpClient _http = new() { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };

    public DevIdentities Identities => identities;

    public async Task<string> TokenAsync(Principal principal, CancellationToken ct = default)
    {
        if (_cache.TryGetValue(principal, out var cached) && cached.Renew > DateTimeOffset.UtcNow) return cached.Token;
        await _lock.WaitAsync(ct);
        try
        {
            if (_cache.TryGetValue(principal, out cached) && cached.Renew > DateTimeOffset.UtcNow) return cached.Token;
            // The identity service answers 503 while its database is back from a fault test: wait for it, briefly.
            var response = await RequestAsync(principal, scope: null, ct);
            for (var attempt = 1; response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && attempt <= 30; attempt++)
            {
                response.Dispose();
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
                response = await RequestAsync(principal, scope: null, ct);
            }
            using var answered = response;
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            var token = body.GetProperty("access_token").GetString()!;
            _cache[principal] = (token, DateTimeOffset.UtcNow.AddSeconds(body.GetProperty("expires_in").GetInt32() - 60));
            return token;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>The token endpoint's raw answer (for tests of the endpoint itself).</summary>
    public Task<HttpResponseMessage> RequestAsync(Principal principal, string? scope, CancellationToken ct = default)
    {
        var form = principal switch
        {
            Principal.System s => new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = s.ClientId,
                ["client_secret"] = identities.Clients[s.ClientId],
            },
            Principal.User u => new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = "macpt-cli",
                ["username"] = u.Username,
                ["password"] = identities.Users[u.Username].Password,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(principal)),
        };
        if (scope is not null) form["scope"] = scope;
        return _http.PostAsync("/connect/token", new FormUrlEncodedContent(form), ct);
    }
}

/// <summary>Adds the principal's bearer token to every request.</summary>
public sealed class BearerHandler(TokenSource tokens, Principal principal) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization ??= new AuthenticationHeaderValue("Bearer", await tokens.TokenAsync(principal, cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
