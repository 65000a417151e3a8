using Macpt.ServiceDefaults;

namespace Macpt.Gateway.Access;

/// <summary>
/// What each agency may reach. The local authority (the MACPT's own practitioners and the MASH front
/// door) reaches everything; a partner agency's portal may refer a child, ask for a case consultation,
/// and read and answer the Section 47 agency checks addressed to it: nothing else about a family.
/// </summary>
public static class AgencyAccessRules
{
    private static readonly (string Method, string Pattern)[] PartnerAllowed =
    [
        ("POST", "/api/referrals"),
        ("POST", "/api/referrals/households"),
        ("POST", "/api/referrals/consultations"),
        ("GET", "/api/referrals/consultations/*"),
        ("GET", "/api/enquiries/agency-checks"),
        ("GET", "/api/enquiries/agency-checks/*"),
        ("POST", "/api/enquiries/agency-checks/*/answer"),
    ];

    public static bool Allows(string agency, string method, string path)
    {
        if (agency == Callers.LocalAuthority) return true;
        if (!Callers.Agencies.Contains(agency)) return false;
        var segments = path.TrimEnd('/').Split('/');
        return PartnerAllowed.Any(rule => string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase) && Matches(rule.Pattern.Split('/'), segments));
    }

    private static bool Matches(string[] pattern, string[] segments) =>
        pattern.Length == segments.Length
        && pattern.Zip(segments).All(p => p.First == "*" ? p.Second.Length > 0 : string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase));
}
