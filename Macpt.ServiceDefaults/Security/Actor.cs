using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Macpt.ServiceDefaults.Security;

/// <summary>
/// Whoever is acting on this request, from the verified access token only (never a body or a header):
/// a practitioner signed in through a client, or a system acting for its agency.
/// </summary>
public sealed record Actor(string Id, string Kind, string ClientId, string Agency, string? Team, IReadOnlySet<string> Roles)
{
    public bool IsSystem => Kind == MacptClaims.SystemKind;
    public bool IsPractitioner => Kind == MacptClaims.PractitionerKind;
    public bool IsLocalAuthority => Agency == Contracts.Agencies.LocalAuthority;
    public bool IsPartner => !IsLocalAuthority;
    public bool Holds(string role) => Roles.Contains(role);

    /// <summary>The actor of an authenticated principal, or null when the token lacks what every Macpt token carries.</summary>
    public static Actor? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return null;
        var id = user.FindFirstValue(MacptClaims.Subject) ?? user.FindFirstValue(ClaimTypes.NameIdentifier);
        var client = user.FindFirstValue(MacptClaims.ClientId);
        var agency = user.FindFirstValue(MacptClaims.Agency);
        var kind = user.FindFirstValue(MacptClaims.ActorKind);
        if (id is null || client is null || agency is null || kind is not (MacptClaims.SystemKind or MacptClaims.PractitionerKind)) return null;
        var roles = user.FindAll(MacptClaims.Role).Concat(user.FindAll(ClaimTypes.Role)).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Actor(id, kind, client, agency, user.FindFirstValue(MacptClaims.Team), roles);
    }
}

public static class ActorExtensions
{
    /// <summary>
    /// The request's actor. Every Macpt endpoint requires an authenticated caller whose token names an actor
    /// (<see cref="MacptAuthentication"/>), so inside a handler this is never missing.
    /// </summary>
    public static Actor Actor(this HttpContext context) =>
        Security.Actor.From(context.User)
        ?? throw new UnauthorizedAccessException("The request carries no verified actor.");
}
