using System.Security.Claims;
using Macpt.Contracts;
using Macpt.Identity.Domain;
using Macpt.ServiceDefaults.Security;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Macpt.Identity.Apis;

/// <summary>
/// Whom a token speaks for, built one way for every grant: a system as its agency, a practitioner as
/// themself with their agency, team, roles and registration. Ids and codes only, never a name.
/// </summary>
internal static class TokenIdentities
{
    public static ClaimsIdentity ForSystem(string clientId, string agency) => New(clientId, MacptClaims.SystemKind, agency);

    public static ClaimsIdentity ForPractitioner(Practitioner practitioner)
    {
        var identity = New(practitioner.Username, MacptClaims.PractitionerKind, practitioner.Agency);
        if (practitioner.Team is { } team) identity.SetClaim(MacptClaims.Team, team);
        if (practitioner.ProfessionalRegistration is { } registration) identity.SetClaim(MacptClaims.ProfessionalRegistration, registration);
        identity.SetClaims(MacptClaims.Role, [.. practitioner.Roles]);
        return identity;
    }

    /// <summary>Signs in with the scopes granted (the services among them become the audiences).</summary>
    public static IResult Issue(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        var granted = scopes.ToList();
        identity.SetScopes(granted);
        identity.SetResources(granted.Intersect(ServiceNames.Apis));
        identity.SetDestinations(claim => claim.Type == Claims.Subject || claim.Type == MacptClaims.Agency
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static ClaimsIdentity New(string subject, string kind, string agency)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Subject, Claims.Role);
        identity.SetClaim(Claims.Subject, subject);
        identity.SetClaim(MacptClaims.ActorKind, kind);
        identity.SetClaim(MacptClaims.Agency, agency);
        return identity;
    }
}
