using Macpt.AppHost;
using Macpt.Contracts;

// The whole system on one machine without Docker: PostgreSQL and RabbitMQ from Debian's packages
// run as executables (shared/notes/aspire-without-docker.md), then the identity service, the five
// services, reporting and the gateway.
var builder = DistributedApplication.CreateBuilder(args);
var settings = LocalServerSettings.From(builder);
builder.UseTelemetryApiKey();

string[] databases = [ServiceNames.Identity, .. ServiceNames.Apis];
string[] busUsers = [.. ServiceNames.Apis, .. settings.Testing ? [LocalServerSettings.RabbitTestUser] : Array.Empty<string>()];
// Each service reaches only its own database, as its own roles, and the broker as its own user; the
// superuser's and the broker administrator's passwords stay here (docs/security.md, Credentials).
var postgres = builder.AddLocalPostgres(settings)
    .OnResourceReady((_, _, ct) => PostgresRoles.EnsureAsync(settings, databases, ct));
var rabbitmq = builder.AddLocalRabbitMq(settings)
    .OnResourceReady((_, _, ct) => RabbitMqUsers.EnsureAsync(settings, busUsers, ct));
// The tests' own broker user: they publish as another service would, and listen to what the services publish.
if (settings.Testing) builder.AddConnectionString("test-messaging", settings.AmqpConnectionString(LocalServerSettings.RabbitTestUser));
var seedFile = DevIdentities.EnsureIn(settings.DataDir, settings.Testing);

var gateway = builder.AddProject<Projects.Macpt_Gateway>("gateway", o => o.ExcludeLaunchProfile = true)
    .WithHttpEndpoint(port: settings.GatewayPort)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/alive");
// Every token names the gateway's public address as its issuer; every service checks it.
var issuer = gateway.GetEndpoint("http");

IResourceBuilder<ProjectResource> Project<TProject>(string name) where TProject : IProjectMetadata, new()
{
    var database = builder.AddConnectionString($"{name}-db", settings.DatabaseConnectionString(name, "app"));
    var owner = builder.AddConnectionString($"{name}-db-owner", settings.DatabaseConnectionString(name, "owner"));
    return builder.AddProject<TProject>(name, o => o.ExcludeLaunchProfile = true)
        .WithHttpEndpoint()
        .WithReference(database, connectionName: name)
        .WithReference(owner, connectionName: $"{name}-owner")
        .WaitFor(postgres)
        .WithHttpHealthCheck("/health")
        .WithReplicas(settings.Replicas)
        .WithEnvironment("Macpt__Auth__Issuer", issuer)
        // Only a test run lets a request set "now" (X-Macpt-Test-Now); a running system never does.
        .WithEnvironment("Macpt__Testing__ClockHeader", settings.Testing ? "true" : "false");
}

var identity = Project<Projects.Macpt_Identity>(ServiceNames.Identity)
    .WithEnvironment("Identity__Issuer", issuer)
    .WithEnvironment("Identity__SigningKeyFile", Path.Combine(settings.DataDir, DevIdentities.SigningKeyFileName))
    .WithEnvironment("Identity__EncryptionKeyFile", Path.Combine(settings.DataDir, DevIdentities.EncryptionKeyFileName))
    .WithEnvironment("Identity__KeyProtectionCertificateFile", Path.Combine(settings.DataDir, DevIdentities.KeyProtectionFileName))
    .WithEnvironment("Identity__SeedFile", seedFile)
    // The web app (a later service behind the gateway) receives its sign-in code here.
    .WithEnvironment("Identity__WebRedirectUri", ReferenceExpression.Create($"{issuer}/signin-oidc"))
    // A local run: no TLS, and the password grant so a practitioner's token can be got from the command line.
    .WithEnvironment("Identity__AllowHttp", "true")
    .WithEnvironment("Identity__AllowPasswordGrant", "true");

IResourceBuilder<ProjectResource> Service<TProject>(string name) where TProject : IProjectMetadata, new() =>
    Project<TProject>(name)
        .WithReference(builder.AddConnectionString($"{name}-messaging", settings.AmqpConnectionString(name)), connectionName: "messaging")
        .WithReference(identity)
        // A service verifies every token with identity's published keys: started earlier, its first fetch fails.
        .WaitFor(identity)
        .WaitFor(rabbitmq);

var services = new[]
{
    Service<Projects.Macpt_Referrals>(ServiceNames.Referrals),
    Service<Projects.Macpt_Enquiries>(ServiceNames.Enquiries),
    Service<Projects.Macpt_Conferences>(ServiceNames.Conferences),
    Service<Projects.Macpt_FamilyNetworks>(ServiceNames.FamilyNetworks),
    Service<Projects.Macpt_Advocacy>(ServiceNames.Advocacy),
    // Fed only by the others' events; publishes none (issue 17).
    Service<Projects.Macpt_Reporting>(ServiceNames.Reporting),
};

gateway.WithReference(identity).WaitFor(identity)
    .WithEnvironment("Macpt__Auth__Issuer", issuer)
    .WithEnvironment("Gateway__ForwardTestClock", settings.Testing ? "true" : "false");
if (settings.Testing) gateway.WithEnvironment($"Gateway__RateLimit__ClientsPerMinute__{DevIdentities.ThrottledClient}", "5");
foreach (var service in services)
{
    gateway.WithReference(service).WaitFor(service);
}
builder.AnnounceGateway(gateway, settings);

builder.Build().Run();
