using Macpt.Identity.Domain;
using Microsoft.AspNetCore.Identity;

namespace Macpt.Identity.Infrastructure;

/// <summary>Passwords are kept only as ASP.NET Core Identity's salted PBKDF2 hashes.</summary>
internal static class Passwords
{
    private static readonly PasswordHasher<Practitioner> Hasher = new();

    public static string Hash(Practitioner practitioner, string password) => Hasher.HashPassword(practitioner, password);

    /// <summary>Whether this person may sign in with this password now (an inactive practitioner never can).</summary>
    public static bool SignsInWith(this Practitioner practitioner, string? password) =>
        practitioner.Active && practitioner.PasswordHash.Length > 0 && password is { Length: > 0 }
        && Hasher.VerifyHashedPassword(practitioner, practitioner.PasswordHash, password) != PasswordVerificationResult.Failed;
}
