using Microsoft.AspNetCore.Http;

namespace Macpt.ServiceDefaults;

/// <summary>
/// Who is calling, as the gateway authenticated them. The gateway strips these headers from every
/// incoming request and sets them itself, so a service trusts them only behind the gateway.
/// </summary>
public static class Callers
{
    public const string AgencyHeader = "X-Macpt-Agency";
    public const string CallerHeader = "X-Macpt-Caller";

    public const string LocalAuthority = Contracts.Agencies.LocalAuthority;

    /// <summary>The agencies a caller can belong to: the council itself and the statutory partners.</summary>
    public static IReadOnlyList<string> Agencies => Contracts.Agencies.Callers;

    /// <summary>The caller's agency, or null when the request did not come through the gateway.</summary>
    public static string? Agency(this HttpContext context) =>
        context.Request.Headers[AgencyHeader] is [{ Length: > 0 } agency] ? agency : null;

    /// <summary>The caller's id (a portal or system, not a person).</summary>
    public static string? CallerId(this HttpContext context) =>
        context.Request.Headers[CallerHeader] is [{ Length: > 0 } caller] ? caller : null;
}
