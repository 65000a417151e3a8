namespace Macpt.ServiceDefaults;

/// <summary>
/// The agencies that call. Who is calling comes only from the verified access token (<c>Security.Actor</c>); the
/// headers below once carried it from the gateway, which now drops them, and no service reads them.
/// </summary>
public static class Callers
{
    /// <summary>Old gateway-set headers: the gateway strips any a client sends; no service reads them.</summary>
    public const string AgencyHeader = "X-Macpt-Agency";
    public const string CallerHeader = "X-Macpt-Caller";

    public const string LocalAuthority = Contracts.Agencies.LocalAuthority;

    /// <summary>The agencies a caller can belong to: the council itself and the statutory partners.</summary>
    public static IReadOnlyList<string> Agencies => Contracts.Agencies.Callers;
}
