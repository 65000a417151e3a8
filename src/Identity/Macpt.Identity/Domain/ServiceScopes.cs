namespace Macpt.Identity.Domain;

/// <summary>
/// One scope per service API; a token granted a scope names that service as an audience, and each service
/// accepts only tokens meant for it.
/// </summary>
public static class ServiceScopes
{
    public static IReadOnlyList<string> All { get; } = ["referrals", "enquiries", "conferences", "familynetworks", "advocacy"];
}
