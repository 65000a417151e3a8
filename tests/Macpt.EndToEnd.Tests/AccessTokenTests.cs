using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Only a valid access token from the identity service gets in, at the gateway and again at each service:
/// no token, a tampered one, one signed by another key, for another audience or issuer, or expired, is refused
/// with 401 problem+json and stores nothing; identity headers a client sends count for nothing.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class AccessTokenTests(MacptSystem system)
{
    private static readonly IReadOnlyList<string> Services = Macpt.Contracts.ServiceNames.Apis;

    [Fact]
    public async Task Discovery_and_the_token_endpoint_answer_through_the_gateway()
    {
        using var client = system.AnonymousClient();
        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        Assert.Equal(Issuer, discovery.GetProperty("issuer").GetString());
        Assert.Equal(Issuer + "connect/token", discovery.GetProperty("token_endpoint").GetString());
        var keys = await client.GetFromJsonAsync<JsonElement>("/.well-known/jwks");
        Assert.NotEmpty(keys.GetProperty("keys").EnumerateArray());

        var claims = Claims(await system.Tokens.TokenAsync(new Principal.System("police-portal")));
        Assert.Equal("police-portal", claims.GetProperty("sub").GetString());
        Assert.Equal("police-portal", claims.GetProperty("client_id").GetString());
        Assert.Equal("police", claims.GetProperty("agency").GetString());
        Assert.Equal("system", claims.GetProperty("actor_kind").GetString());
        Assert.Equal(Services.Order(), claims.GetProperty("aud").EnumerateArray().Select(a => a.GetString()!).Order());

        var lcpp = Claims(await system.Tokens.TokenAsync(new Principal.User("lcpp-0001")));
        Assert.Equal("lcpp-0001", lcpp.GetProperty("sub").GetString());
        Assert.Equal("practitioner", lcpp.GetProperty("actor_kind").GetString());
        Assert.Equal("lcpp", lcpp.GetProperty("role").GetString());
        Assert.Equal("SW100001", lcpp.GetProperty("professional_registration").GetString());
    }

    [Fact]
    public async Task A_wrong_secret_or_password_gets_no_token()
    {
        using var client = system.AnonymousClient();
        using var wrongSecret = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "police-portal",
            ["client_secret"] = "not-the-secret",
        }));
        Assert.False(wrongSecret.IsSuccessStatusCode);
        Assert.Equal("invalid_client", (await wrongSecret.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());

        using var wrongPassword = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "macpt-cli",
            ["username"] = "lcpp-0001",
            ["password"] = "not-the-password",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        Assert.Equal("invalid_grant", (await wrongPassword.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_request_without_a_token_answers_401_problem_and_stores_nothing()
    {
        var child = Referrals.NewChildId();
        using var client = system.AnonymousClient();
        using var response = await client.PostAsJsonAsync("/api/referrals", Referrals.Body(child));
        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(0, await system.CountAsync("referrals", "SELECT count(*) FROM referrals WHERE la_child_id = @c", ("c", child)));
    }

    public static TheoryData<string> BadTokens => new() { "garbage", "tampered", "other-key", "wrong-audience", "wrong-issuer", "expired", "no-actor" };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_refused_at_the_gateway_and_at_every_service(string kind)
    {
        var token = await BadTokenAsync(kind);
        var child = Referrals.NewChildId();
        using var gateway = system.AnonymousClient();
        using var viaGateway = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(Referrals.Body(child)) };
        viaGateway.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await Problem.AssertAsync(await gateway.SendAsync(viaGateway), HttpStatusCode.Unauthorized);

        foreach (var service in Services)
        {
            using var direct = system.AnonymousServiceClient(service);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(Referrals.Body(child)) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            await Problem.AssertAsync(await direct.SendAsync(request), HttpStatusCode.Unauthorized);
        }
        Assert.Equal(0, await system.CountAsync("referrals", "SELECT count(*) FROM referrals WHERE la_child_id = @c", ("c", child)));
    }

    [Theory]
    [InlineData("referrals", "/api/referrals")]
    [InlineData("enquiries", "/api/enquiries/strategy-discussions")]
    [InlineData("conferences", "/api/conferences")]
    [InlineData("familynetworks", "/api/familynetworks/requests")]
    [InlineData("advocacy", "/api/advocacy/offers")]
    public async Task A_direct_call_to_a_service_without_a_token_is_refused_whatever_headers_it_carries(string service, string list)
    {
        using var direct = system.AnonymousServiceClient(service);
        using var request = new HttpRequestMessage(HttpMethod.Get, list);
        request.Headers.Add("X-Macpt-Agency", "local-authority");
        request.Headers.Add("X-Macpt-Caller", "mash-front-door");
        await Problem.AssertAsync(await direct.SendAsync(request), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_partner_agency_may_refer_a_child_but_not_read_the_referral_queue_or_decide()
    {
        var police = system.ClientFor("police");
        var id = await Referrals.CreateAsync(police, Referrals.Body(Referrals.NewChildId(), referralSource: "6"));

        await Problem.AssertAsync(await police.GetAsync("/api/referrals"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await Referrals.DecideAsync(police, id, "nfa"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await police.GetAsync("/api/enquiries/strategy-discussions"), HttpStatusCode.Forbidden);
        Assert.Equal("awaiting-decision", (await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_caller_cannot_claim_another_agency_by_sending_identity_headers_itself()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/referrals");
        request.Headers.Add("X-Macpt-Agency", "local-authority");
        using var response = await system.ClientFor("health").SendAsync(request);
        await Problem.AssertAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_client_past_its_allowance_gets_429_with_retry_after()
    {
        // The run's throttled portal may make 5 requests a minute (the AppHost sets it for test runs only).
        var client = system.ClientAs(new Principal.System("throttled-portal"));
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 8 && limited is null; i++)
        {
            var response = await client.GetAsync("/api/enquiries/agency-checks");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) limited = response;
            else response.Dispose();
        }
        Assert.NotNull(limited);
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        await Problem.AssertAsync(limited, HttpStatusCode.TooManyRequests);
    }

    private string Issuer => system.App.GetEndpoint("gateway", "http").AbsoluteUri;

    private async Task<string> BadTokenAsync(string kind)
    {
        var real = await system.Tokens.TokenAsync(new Principal.System("mash-front-door"));
        return kind switch
        {
            "garbage" => "not-a-token",
            // The payload changed (another agency) under the real signature.
            "tampered" => Tamper(real),
            "other-key" => Sign(RsaSecurityKey(RSA.Create(2048)), Issuer, "referrals", DateTime.UtcNow.AddMinutes(5)),
            "wrong-audience" => Sign(RunKey(), Issuer, "payroll", DateTime.UtcNow.AddMinutes(5)),
            "wrong-issuer" => Sign(RunKey(), "https://login.example.org/", "referrals", DateTime.UtcNow.AddMinutes(5)),
            "expired" => Sign(RunKey(), Issuer, "referrals", DateTime.UtcNow.AddMinutes(-10)),
            "no-actor" => Sign(RunKey(), Issuer, "referrals", DateTime.UtcNow.AddMinutes(5), actor: false),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("\"local-authority\"", "\"police\"", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }

    /// <summary>The run's own signing key (the AppHost wrote it to the data folder), so only the named fault is wrong.</summary>
    private RsaSecurityKey RunKey()
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(Path.Combine(system.DataDir, "identity-signing.pem")));
        return RsaSecurityKey(rsa);
    }

    private static RsaSecurityKey RsaSecurityKey(RSA rsa)
    {
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    private static string Sign(SecurityKey key, string issuer, string audience, DateTime expires, bool actor = true)
    {
        var claims = new List<Claim> { new("sub", "mash-front-door") };
        if (actor) claims.AddRange([new("client_id", "mash-front-door"), new("agency", "local-authority"), new("actor_kind", "system")]);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = expires.AddMinutes(-20),
            IssuedAt = expires.AddMinutes(-20),
            Expires = expires,
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    private static JsonElement Claims(string token) =>
        JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(token.Split('.')[1])).RootElement;
}
