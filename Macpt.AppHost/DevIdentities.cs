using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using Macpt.Contracts;

namespace Macpt.AppHost;

/// <summary>
/// The development clients and practitioners of a local run (README, "Who is acting"), made once per data
/// folder in <c>dev-identities.json</c> (owner-only) with random secrets and passwords, and the identity
/// service's signing and encryption keys beside it. Nothing here is ever used outside a local run.
/// </summary>
internal static class DevIdentities
{
    public const string FileName = "dev-identities.json";
    public const string SigningKeyFileName = "identity-signing.pem";
    public const string EncryptionKeyFileName = "identity-encryption.key";
    public const string KeyProtectionFileName = "identity-key-protection.pem";
    /// <summary>A police portal with a small allowance, so a test can reach the rate limit (test runs only).</summary>
    public const string ThrottledClient = "throttled-portal";


    /// <summary>One client per calling agency: the MASH front door and each partner's portal.</summary>
    private static readonly (string Id, string Agency)[] Clients =
    [
        ("mash-front-door", "local-authority"),
        ("police-portal", "police"),
        ("health-portal", "health"),
        ("education-portal", "education"),
    ];

    /// <summary>One practitioner per role (username = practitioner id), with a Social Work England number where the role needs one.</summary>
    private static readonly (string Username, string Agency, string Team, string[] Roles, string? Registration)[] Users =
    [
        ("lcpp-0001", "local-authority", "macpt-north", ["lcpp"], "SW100001"),
        ("sw-0001", "local-authority", "macpt-north", ["social-worker"], "SW100002"),
        ("tm-0001", "local-authority", "macpt-north", ["team-manager"], "SW100003"),
        ("chair-0001", "local-authority", "conference-service", ["conference-chair"], "SW100004"),
        ("bs-0001", "local-authority", "conference-service", ["business-support"], null),
        ("fnc-0001", "local-authority", "family-networks", ["family-network-coordinator"], null),
        ("adv-0001", "local-authority", "advocacy", ["advocacy-coordinator"], null),
        ("ops-0001", "local-authority", "operations", ["ops"], null),
        ("audit-0001", "local-authority", "information-governance", ["auditor"], null),
        ("police-0001", "police", "child-abuse-investigation", ["police-officer"], null),
        ("health-0001", "health", "safeguarding-nurses", ["health-professional"], null),
        ("edu-0001", "education", "dsl-network", ["education-safeguarding-lead"], null),
    ];

    /// <summary>
    /// Test runs only: a duty practitioner holding every MACPT casework role, the default caller of tests about
    /// behaviour rather than access (the access matrix uses the one-role users above).
    /// </summary>
    public const string DutyUser = "duty-0001";
    private static readonly string[] DutyRoles =
        ["lcpp", "social-worker", "team-manager", "conference-chair", "business-support", "family-network-coordinator", "advocacy-coordinator"];

    public static string EnsureIn(string dataDir, bool testing)
    {
        var file = Path.Combine(dataDir, FileName);
        var existing = File.Exists(file) ? JsonNode.Parse(File.ReadAllText(file)) as JsonObject : null;
        var secrets = existing?["clients"] as JsonObject ?? [];
        var users = existing?["users"] as JsonObject ?? [];

        var clients = new JsonObject();
        var details = new JsonObject();
        foreach (var (id, agency) in testing ? [.. Clients, (ThrottledClient, "police")] : Clients)
        {
            clients[id] = secrets[id]?.GetValue<string>() ?? Secret();
            details[id] = new JsonObject { ["agency"] = agency, ["scopes"] = new JsonArray([.. ServiceNames.Apis.Select(s => JsonValue.Create(s))]) };
        }
        var people = new JsonObject();
        foreach (var (username, agency, team, roles, registration) in testing ? [.. Users, (DutyUser, "local-authority", "macpt-north", DutyRoles, "SW100099")] : Users)
        {
            people[username] = new JsonObject
            {
                ["password"] = users[username]?["password"]?.GetValue<string>() ?? Secret(),
                ["agency"] = agency,
                ["roles"] = new JsonArray([.. roles.Select(r => JsonValue.Create(r))]),
                ["team"] = team,
                ["professionalRegistration"] = registration,
            };
        }
        var document = new JsonObject { ["clients"] = clients, ["users"] = people, ["clientDetails"] = details };
        WriteOwnerOnly(file, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var signing = Path.Combine(dataDir, SigningKeyFileName);
        if (!File.Exists(signing))
        {
            using var rsa = RSA.Create(2048);
            WriteOwnerOnly(signing, rsa.ExportPkcs8PrivateKeyPem());
        }
        var encryption = Path.Combine(dataDir, EncryptionKeyFileName);
        if (!File.Exists(encryption)) WriteOwnerOnly(encryption, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var keyProtection = Path.Combine(dataDir, KeyProtectionFileName);
        if (!File.Exists(keyProtection))
        {
            // Self-signed: only identity itself encrypts and decrypts with it; a deployment gives it a managed certificate.
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=macpt-identity data protection (development)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
            WriteOwnerOnly(keyProtection, certificate.ExportCertificatePem() + "\n" + rsa.ExportPkcs8PrivateKeyPem());
        }
        return file;
    }

    private static string Secret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    private static void WriteOwnerOnly(string file, string content)
    {
        File.WriteAllText(file, content);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
