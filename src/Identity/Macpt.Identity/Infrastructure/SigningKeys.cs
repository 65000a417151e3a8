using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;

namespace Macpt.Identity.Infrastructure;

/// <summary>
/// The keys every replica signs and protects tokens with, read from files the deployment provides (locally,
/// the AppHost makes them once per data folder, owner-only), so any replica's token verifies everywhere.
/// </summary>
internal static class SigningKeys
{
    public static SecurityKey Signing(string pemFile)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(pemFile));
        var key = new RsaSecurityKey(rsa);
        // The key id is the key's own thumbprint, so a rotated key gets a new id and old tokens fail cleanly.
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    public static SecurityKey Encryption(string base64File) =>
        new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(base64File).Trim()));

    /// <summary>The certificate and private key (one PEM file) that encrypt the data-protection keys at rest.</summary>
    public static X509Certificate2 KeyProtection(string pemFile) => X509Certificate2.CreateFromPemFile(pemFile);
}
