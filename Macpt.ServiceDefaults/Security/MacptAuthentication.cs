using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Macpt.ServiceDefaults.Security;

/// <summary>
/// Access tokens checked the same way by the gateway and by every service: signed by the identity service's
/// published keys, from our issuer, meant for this audience, not expired. A request without such a token gets
/// 401 problem+json whatever headers it carries; one whose token names no actor is refused the same way.
/// </summary>
public static class MacptAuthentication
{
    public const string IssuerSetting = "Macpt:Auth:Issuer";
    public const string KeysSetting = "Macpt:Auth:Keys";
    /// <summary>The identity service's key set, found by service discovery (the AppHost names it "identity").</summary>
    public const string DefaultKeys = "http://identity/.well-known/jwks";
    internal const string KeysClient = "macpt-identity-keys";

    public static IHostApplicationBuilder AddMacptAuthentication(this IHostApplicationBuilder builder, params string[] audiences)
    {
        // As OpenIddict writes it: an absolute URI ending in '/'.
        var issuer = builder.Configuration[IssuerSetting] is { Length: > 0 } i ? new Uri(i).AbsoluteUri
            : throw new InvalidOperationException($"{IssuerSetting} is not configured: the identity service's issuer.");
        var keys = builder.Configuration[KeysSetting] is { Length: > 0 } k ? k : DefaultKeys;

        var keysClient = builder.Services.AddHttpClient(KeysClient);
        // Retries outermost, discovery inside them, so each attempt resolves identity's address afresh.
        keysClient.AddStandardResilienceHandler();
        keysClient.AddServiceDiscovery();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            // Claim names stay as issued (sub, role, agency), not mapped to long URIs.
            o.MapInboundClaims = false;
            o.RequireHttpsMetadata = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = issuer,
                ValidAudiences = audiences,
                ValidateIssuer = true,
                ValidateAudience = true,
                ValidateLifetime = true,
                ValidateIssuerSigningKey = true,
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = MacptClaims.Subject,
                RoleClaimType = MacptClaims.Role,
                ValidTypes = ["at+jwt"],
            };
            o.Events = new JwtBearerEvents
            {
                // A token that names no actor (agency, client, kind) authenticates no one: 401, not 403.
                OnTokenValidated = c =>
                {
                    if (c.Principal is null || Actor.From(c.Principal) is null) c.Fail("The token names no actor.");
                    return Task.CompletedTask;
                },
                OnChallenge = TokenProblems.ChallengeAsync,
                OnForbidden = TokenProblems.ForbiddenAsync,
            };
        });
        builder.Services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>>(sp => new KeysFromIdentity(sp.GetRequiredService<IHttpClientFactory>(), keys, issuer));
        builder.Services.AddAuthorizationBuilder()
            // An endpoint that names no policy is open only to the local authority's own callers: a partner
            // reaches nothing it was not explicitly given (AccessPolicies). Health and OpenAPI are anonymous.
            .SetFallbackPolicy(LocalAuthorityPolicy)
            .SetDefaultPolicy(LocalAuthorityPolicy)
            .AddAccessPolicies();
        return builder;
    }

    /// <summary>Authentication, then authorization, for every endpoint mapped after it.</summary>
    public static WebApplication UseMacptAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static AuthorizationPolicy ActorPolicy { get; } = new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
        .RequireAuthenticatedUser()
        .RequireAssertion(c => Actor.From(c.User) is not null)
        .Build();

    public static AuthorizationPolicy LocalAuthorityPolicy { get; } = new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
        .RequireAuthenticatedUser()
        .RequireAssertion(c => Actor.From(c.User) is { IsLocalAuthority: true })
        .Build();

    /// <summary>The signing keys straight from the identity service (not through the gateway), refreshed as it rotates them.</summary>
    private sealed class KeysFromIdentity(IHttpClientFactory clients, string keysAddress, string issuer) : IPostConfigureOptions<JwtBearerOptions>
    {
        public void PostConfigure(string? name, JwtBearerOptions options)
        {
            options.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                keysAddress, new KeySetRetriever(issuer), new HttpDocumentRetriever(clients.CreateClient(KeysClient)) { RequireHttps = false })
            {
                AutomaticRefreshInterval = TimeSpan.FromHours(1),
                RefreshInterval = TimeSpan.FromSeconds(30),
            };
        }
    }

    private sealed class KeySetRetriever(string issuer) : IConfigurationRetriever<OpenIdConnectConfiguration>
    {
        public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
        {
            var set = new JsonWebKeySet(await retriever.GetDocumentAsync(address, cancel));
            var configuration = new OpenIdConnectConfiguration { Issuer = issuer, JsonWebKeySet = set };
            foreach (var key in set.GetSigningKeys()) configuration.SigningKeys.Add(key);
            return configuration;
        }
    }
}
