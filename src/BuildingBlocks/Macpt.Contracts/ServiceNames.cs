namespace Macpt.Contracts;

/// <summary>
/// The one list of the system's service names. Each API service is reached at <c>/api/{name}</c> through the gateway,
/// owns the database of that name, connects to the broker as the user of that name, and accepts only tokens whose
/// audience (the scope of that name) it is. The AppHost, the gateway and the identity service all read it here.
/// </summary>
public static class ServiceNames
{
    public const string Identity = "identity";
    public const string Referrals = "referrals";
    public const string Enquiries = "enquiries";
    public const string Conferences = "conferences";
    public const string FamilyNetworks = "familynetworks";
    public const string Advocacy = "advocacy";
    /// <summary>Read-only projections of every other service's events (issue 17): publishes nothing.</summary>
    public const string Reporting = "reporting";

    /// <summary>The services behind <c>/api/{name}</c>, each a token scope and audience.</summary>
    public static IReadOnlyList<string> Apis { get; } = [Referrals, Enquiries, Conferences, FamilyNetworks, Advocacy, Reporting];
}
