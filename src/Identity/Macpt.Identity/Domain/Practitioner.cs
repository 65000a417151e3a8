namespace Macpt.Identity.Domain;

/// <summary>
/// A person who signs in: their username is their practitioner id (what every record names them by), with
/// their agency, team, roles and, for social work roles, their Social Work England registration. The
/// password is held only as a salted hash.
/// </summary>
public sealed class Practitioner
{
    private Practitioner() { }

    public Practitioner(string username, string agency, string? team, IEnumerable<string> roles, string? professionalRegistration)
    {
        Username = username;
        Update(agency, team, roles, professionalRegistration);
    }

    public string Username { get; private init; } = "";
    public string PasswordHash { get; private set; } = "";
    public string Agency { get; private set; } = "";
    public string? Team { get; private set; }
    public List<string> Roles { get; private set; } = [];
    public string? ProfessionalRegistration { get; private set; }
    /// <summary>A practitioner who has left can no longer sign in; their id stays on what they recorded.</summary>
    public bool Active { get; private set; } = true;

    public void Update(string agency, string? team, IEnumerable<string> roles, string? professionalRegistration)
    {
        Agency = agency;
        Team = team;
        Roles = roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        ProfessionalRegistration = professionalRegistration;
        Active = true;
    }

    public void SetPasswordHash(string hash) => PasswordHash = hash;

}
