using System.Text.Json.Serialization;

namespace Macpt.Identity.Infrastructure;

/// <summary>
/// The shape of <c>.data/dev-identities.json</c> (README, "Who is acting"): the development clients' secrets
/// and the development practitioners, with the agency and scopes each client acts for.
/// </summary>
public sealed record DevelopmentIdentities(
    [property: JsonPropertyName("clients")] Dictionary<string, string> Clients,
    [property: JsonPropertyName("users")] Dictionary<string, DevelopmentUser> Users,
    [property: JsonPropertyName("clientDetails")] Dictionary<string, DevelopmentClient> ClientDetails);

public sealed record DevelopmentUser(
    [property: JsonPropertyName("password")] string Password,
    [property: JsonPropertyName("agency")] string Agency,
    [property: JsonPropertyName("roles")] List<string> Roles,
    [property: JsonPropertyName("team")] string? Team,
    [property: JsonPropertyName("professionalRegistration")] string? ProfessionalRegistration);

/// <summary>A system client: the agency it acts for and the services it may call.</summary>
public sealed record DevelopmentClient(
    [property: JsonPropertyName("agency")] string Agency,
    [property: JsonPropertyName("scopes")] List<string> Scopes);
