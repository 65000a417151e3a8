namespace Macpt.ServiceDefaults.Security;

/// <summary>
/// The claims a Macpt access token carries (issued by the identity service, checked by the gateway and every
/// service): who is acting, for which agency and in which roles. Ids and codes only, never a name.
/// </summary>
public static class MacptClaims
{
    public const string Subject = "sub";
    public const string ClientId = "client_id";
    public const string Agency = "agency";
    public const string Team = "team";
    public const string Role = "role";
    public const string ProfessionalRegistration = "professional_registration";
    /// <summary><c>system</c> for a client acting for itself (client credentials), <c>practitioner</c> for a signed-in person.</summary>
    public const string ActorKind = "actor_kind";
    public const string Scope = "scope";

    public const string SystemKind = "system";
    public const string PractitionerKind = "practitioner";
}
