using Macpt.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;

namespace Macpt.ServiceDefaults;

/// <summary>
/// Which agency is calling, from the verified access token (<see cref="Actor"/>). The headers below once
/// carried it from the gateway; they are now refused at the gateway and ignored everywhere.
/// </summary>
public static class Callers
{
    /// <summary>Old gateway-set headers: the gateway strips any a client sends; no service reads them.</summary>
    public const string AgencyHeader = "X-Macpt-Agency";
    public const string CallerHeader = "X-Macpt-Caller";

    public const string LocalAuthority = Contracts.Agencies.LocalAuthority;

    /// <summary>The agencies a caller can belong to: the council itself and the statutory partners.</summary>
    public static IReadOnlyList<string> Agencies => Contracts.Agencies.Callers;

    /// <summary>The caller's agency, from its token; null only where no token was needed.</summary>
    public static string? Agency(this HttpContext context) => Actor.From(context.User)?.Agency;

    /// <summary>The client (a portal, a front door, the web app) the request came through.</summary>
    public static string? CallerId(this HttpContext context) => Actor.From(context.User)?.ClientId;
}
