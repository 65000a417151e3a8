using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Macpt.AppHost;

/// <summary>
/// Where this run keeps its server data and which ports it uses. Ports are free ports chosen
/// per run, so a test run and a running system never collide.
/// </summary>
internal sealed record LocalServerSettings(
    string RepoRoot,
    string DataDir,
    string PostgresBin,
    string PostgresPassword,
    int PostgresPort,
    int AmqpPort,
    int RabbitDistPort,
    int RabbitManagementPort,
    int EpmdPort,
    int? GatewayPort,
    int Replicas,
    bool Testing)
{
    public static LocalServerSettings From(IDistributedApplicationBuilder builder)
    {
        var repoRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var dataDir = Path.GetFullPath(builder.Configuration["Macpt:DataDir"] is { Length: > 0 } d ? d : Path.Combine(repoRoot, ".data"));
        Directory.CreateDirectory(dataDir);

        // 0 (as in tests) lets the gateway take any free port.
        var gatewayPort = int.TryParse(builder.Configuration["Macpt:GatewayPort"], out var g) && g > 0 ? g : (int?)null;
        return new LocalServerSettings(
            repoRoot, dataDir, FindPostgresBin(builder.Configuration["Macpt:PostgresBin"]), ReadOrCreatePassword(dataDir),
            FreePort(), FreePort(), FreePort(), FreePort(), FreePort(), gatewayPort,
            // More than one replica per service (as the tests run) exercises the migration lock and outbox row locks.
            int.TryParse(builder.Configuration["Macpt:Replicas"], out var r) && r is > 0 and <= 8 ? r : 1,
            bool.TryParse(builder.Configuration["Macpt:Testing"], out var t) && t);
    }

    public string PostgresCluster => Path.Combine(DataDir, "postgres");
    public string PostgresPasswordFile => Path.Combine(DataDir, "postgres.password");
    public string RabbitDir => Path.Combine(DataDir, "rabbitmq");

    public string SecretsDir => Path.Combine(DataDir, "secrets");

    /// <summary>The RabbitMQ user with the administrator tag: only the AppHost uses it, to make the services' users.</summary>
    public const string RabbitAdminUser = "macpt-admin";
    /// <summary>The RabbitMQ user the end-to-end tests publish and listen as (a test run only).</summary>
    public const string RabbitTestUser = "macpt-tests";

    /// <summary>One service's own RabbitMQ user (its name), with its generated password.</summary>
    public ReferenceExpression AmqpConnectionString(string user) =>
        ReferenceExpression.Create($"amqp://{Uri.EscapeDataString(user)}:{Secret($"rabbitmq-{user}")}@127.0.0.1:{AmqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture)}/");

    /// <summary>A service's database as one of its two roles: <c>owner</c> (migrates) or <c>app</c> (what the service runs as).</summary>
    public ReferenceExpression DatabaseConnectionString(string database, string role) =>
        ReferenceExpression.Create($"Host=127.0.0.1;Port={PostgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture)};Database={database};Username={DatabaseRole(database, role)};Password={Secret(DatabaseRole(database, role))};Maximum Pool Size=50");

    public static string DatabaseRole(string database, string role) => $"{database}_{role}";

    /// <summary>
    /// A password generated once per data folder and kept in an owner-only file under <c>secrets/</c> (like
    /// postgres.password): the same on every start, never logged.
    /// </summary>
    public string Secret(string name)
    {
        Directory.CreateDirectory(SecretsDir);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(SecretsDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var file = Path.Combine(SecretsDir, name + ".password");
        if (!File.Exists(file))
        {
            File.WriteAllText(file, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return File.ReadAllText(file).Trim();
    }

    private static string ReadOrCreatePassword(string dataDir)
    {
        var file = Path.Combine(dataDir, "postgres.password");
        if (!File.Exists(file))
        {
            File.WriteAllText(file, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return File.ReadAllText(file).Trim();
    }

    private static string FindPostgresBin(string? configured)
    {
        if (!string.IsNullOrEmpty(configured)) return configured;
        var root = "/usr/lib/postgresql";
        var versions = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>().Where(v => int.TryParse(v, out _)).OrderBy(int.Parse).ToList()
            : [];
        var chosen = versions.Contains("15") ? "15" : versions.LastOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL is not installed: run scripts/install-prerequisites.sh (Debian's postgresql package).");
        return Path.Combine(root, chosen, "bin");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
