using System.Text.Json;
using Macpt.Identity.Domain;
using Macpt.Identity.Infrastructure;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Macpt.Identity.Apis;

/// <summary>
/// <c>POST /connect/token</c>: OpenIddict has checked the client, its secret, the grant and the scopes asked
/// for; this decides who the token speaks for. A system (client credentials) acts as its agency; a
/// practitioner acts as themself: signed in through the web app (authorization code with PKCE, or its refresh
/// token), or from the command line with the password grant (local runs only). A practitioner who has left or
/// whose password no longer matches gets no token, whatever the grant.
/// </summary>
public static class TokenApi
{
    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", Exchange).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Exchange(HttpContext http, IOpenIddictApplicationManager applications, IdentityDbContext db)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var ct = http.RequestAborted;
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, ct);
            var properties = application is null ? null : await applications.GetPropertiesAsync(application, ct);
            if (properties is null || !properties.TryGetValue(ClientProperties.Agency, out var agency) || agency.ValueKind != JsonValueKind.String)
            {
                return TokenIdentities.Refuse(Errors.InvalidClient, "This client acts for no agency.");
            }
            return TokenIdentities.Issue(TokenIdentities.ForSystem(request.ClientId!, agency.GetString()!), await ScopesAsync(request, application!, applications, ct));
        }
        if (request.IsPasswordGrantType())
        {
            var practitioner = await db.Practitioners.FindAsync([request.Username ?? ""], ct);
            if (practitioner is null || !practitioner.SignsInWith(request.Password))
            {
                return TokenIdentities.Refuse(Errors.InvalidGrant, "The username or password is not right.");
            }
            var application = await applications.FindByClientIdAsync(request.ClientId!, ct);
            return TokenIdentities.Issue(TokenIdentities.ForPractitioner(practitioner), await ScopesAsync(request, application!, applications, ct));
        }
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // The code or refresh token names the practitioner who signed in; their record decides what the new token says.
            var signedIn = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var username = signedIn.Principal?.GetClaim(Claims.Subject);
            var practitioner = username is null ? null : await db.Practitioners.FindAsync([username], ct);
            if (practitioner is not { Active: true })
            {
                return TokenIdentities.Refuse(Errors.InvalidGrant, "This sign-in is no longer valid.");
            }
            return TokenIdentities.Issue(TokenIdentities.ForPractitioner(practitioner), signedIn.Principal!.GetScopes());
        }
        return TokenIdentities.Refuse(Errors.UnsupportedGrantType, "This grant is not offered.");
    }

    /// <summary>The scopes asked for (OpenIddict has checked the client may have them), or all it may have when none were named.</summary>
    private static async Task<IEnumerable<string>> ScopesAsync(OpenIddictRequest request, object application, IOpenIddictApplicationManager applications, CancellationToken ct)
    {
        var scopes = request.GetScopes();
        if (!scopes.IsEmpty) return scopes;
        var permissions = await applications.GetPermissionsAsync(application, ct);
        return permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal)).Select(p => p[Permissions.Prefixes.Scope.Length..]);
    }
}
