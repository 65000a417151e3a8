using System.Security.Claims;
using System.Text.Json;
using Macpt.Identity.Domain;
using Macpt.Identity.Infrastructure;
using Macpt.ServiceDefaults.Security;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Macpt.Identity.Apis;

/// <summary>
/// <c>POST /connect/token</c>: OpenIddict has checked the client, its secret, the grant and the scopes asked
/// for; this decides who the token speaks for. A system (client credentials) acts as its agency; a
/// practitioner (password grant, local runs only) acts as themself, with their agency, team and roles.
/// </summary>
public static class TokenApi
{
    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", Exchange).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Exchange(HttpContext http, IOpenIddictApplicationManager applications, IdentityDbContext db)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, http.RequestAborted);
            var properties = application is null ? null : await applications.GetPropertiesAsync(application, http.RequestAborted);
            if (properties is null || !properties.TryGetValue(ClientProperties.Agency, out var agency) || agency.ValueKind != JsonValueKind.String)
            {
                return Refuse(Errors.InvalidClient, "This client acts for no agency.");
            }
            var identity = NewIdentity(request.ClientId!, MacptClaims.SystemKind, agency.GetString()!);
            return await IssueAsync(identity, request, application!, applications, http.RequestAborted);
        }
        if (request.IsPasswordGrantType())
        {
            var practitioner = await db.Practitioners.FindAsync([request.Username ?? ""], http.RequestAborted);
            if (practitioner is not { Active: true }
                || new PasswordHasher<Practitioner>().VerifyHashedPassword(practitioner, practitioner.PasswordHash, request.Password ?? "") == PasswordVerificationResult.Failed)
            {
                return Refuse(Errors.InvalidGrant, "The username or password is not right.");
            }
            var identity = NewIdentity(practitioner.Username, MacptClaims.PractitionerKind, practitioner.Agency);
            if (practitioner.Team is { } team) identity.SetClaim(MacptClaims.Team, team);
            if (practitioner.ProfessionalRegistration is { } registration) identity.SetClaim(MacptClaims.ProfessionalRegistration, registration);
            identity.SetClaims(MacptClaims.Role, [.. practitioner.Roles]);
            var application = await applications.FindByClientIdAsync(request.ClientId!, http.RequestAborted);
            return await IssueAsync(identity, request, application!, applications, http.RequestAborted);
        }
        return Refuse(Errors.UnsupportedGrantType, "This grant is not offered.");
    }

    private static ClaimsIdentity NewIdentity(string subject, string kind, string agency)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Subject, Claims.Role);
        identity.SetClaim(Claims.Subject, subject);
        identity.SetClaim(MacptClaims.ActorKind, kind);
        identity.SetClaim(MacptClaims.Agency, agency);
        return identity;
    }

    /// <summary>The scopes asked for (OpenIddict has checked the client may have them), or all it may have when none were named.</summary>
    private static async Task<IResult> IssueAsync(ClaimsIdentity identity, OpenIddictRequest request, object application,
        IOpenIddictApplicationManager applications, CancellationToken ct)
    {
        var scopes = request.GetScopes();
        if (scopes.IsEmpty)
        {
            var permissions = await applications.GetPermissionsAsync(application, ct);
            scopes = [.. permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                .Select(p => p[Permissions.Prefixes.Scope.Length..])];
        }
        identity.SetScopes(scopes);
        identity.SetResources(scopes.Intersect(ServiceScopes.All));
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
