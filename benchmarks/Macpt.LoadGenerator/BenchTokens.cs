using System.Net.Http.Json;
using System.Text.Json;

namespace Macpt.LoadGenerator;

/// <summary>
/// The access tokens the benchmark acts with, from the gateway's <c>/connect/token</c> with the run's development
/// identities (<c>dev-identities.json</c>): the MASH front door refers (client credentials), an LCPP decides and
/// reads (the local-only password grant). Each is renewed a minute before it expires.
/// </summary>
public sealed class BenchTokens(Uri tokenBase, string identitiesFile) : IDisposable
{
    public const string FrontDoor = "mash-front-door";
    public const string Lcpp = "lcpp-0001";

    private readonly HttpClient http = new() { BaseAddress = tokenBase, Timeout = TimeSpan.FromSeconds(30) };
    private readonly JsonElement identities = JsonDocument.Parse(File.ReadAllText(identitiesFile)).RootElement;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<string, (string Token, DateTimeOffset Renew)> cache = [];

    public Task<string> FrontDoorAsync(CancellationToken ct) => TokenAsync(FrontDoor, new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = FrontDoor,
        ["client_secret"] = identities.GetProperty("clients").GetProperty(FrontDoor).GetString()!,
    }, ct);

    public Task<string> LcppAsync(CancellationToken ct) => TokenAsync(Lcpp, new Dictionary<string, string>
    {
        ["grant_type"] = "password",
        ["client_id"] = "macpt-cli",
        ["username"] = Lcpp,
        ["password"] = identities.GetProperty("users").GetProperty(Lcpp).GetProperty("password").GetString()!,
    }, ct);

    private async Task<string> TokenAsync(string who, Dictionary<string, string> form, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (cache.TryGetValue(who, out var cached) && cached.Renew > DateTimeOffset.UtcNow) return cached.Token;
            using var response = await http.PostAsync("connect/token", new FormUrlEncodedContent(form), ct);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            var token = body.GetProperty("access_token").GetString()!;
            cache[who] = (token, DateTimeOffset.UtcNow.AddSeconds(body.GetProperty("expires_in").GetInt32() - 60));
            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => http.Dispose();
}
