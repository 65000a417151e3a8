using System.ComponentModel.DataAnnotations;

namespace Macpt.Identity;

/// <summary>How this identity service issues tokens (section <c>Identity</c>).</summary>
public sealed class IdentitySettings
{
    public const string Section = "Identity";

    /// <summary>The issuer every token names and every service checks: the gateway's public address.</summary>
    [Required] public string Issuer { get; set; } = "";
    /// <summary>The RSA private key (PEM) that signs access tokens; every replica reads the same file.</summary>
    [Required] public string SigningKeyFile { get; set; } = "";
    /// <summary>A 256-bit key (base64) that protects OpenIddict's own tokens (codes, refresh tokens).</summary>
    [Required] public string EncryptionKeyFile { get; set; } = "";
    /// <summary>
    /// A certificate with its private key (PEM) that encrypts the data-protection keys (sign-in cookies, antiforgery)
    /// where they are kept, in this service's database; every replica reads the same file.
    /// </summary>
    [Required] public string KeyProtectionCertificateFile { get; set; } = "";
    [Range(1, 60)] public int AccessTokenMinutes { get; set; } = 10;
    /// <summary>
    /// The resource-owner password grant, for local runs and tests only (a command-line way to a practitioner's
    /// token). A production configuration leaves it off; the web app signs people in with the code flow.
    /// </summary>
    public bool AllowPasswordGrant { get; set; }
    /// <summary>Development clients and users to create or update at start (<c>.data/dev-identities.json</c>).</summary>
    public string? SeedFile { get; set; }
    /// <summary>Where the web app receives its authorization code (its sign-in callback); no web client without it.</summary>
    public string? WebRedirectUri { get; set; }
    /// <summary>Local runs have no TLS; a production deployment terminates TLS in front and leaves this off.</summary>
    public bool AllowHttp { get; set; }
}
