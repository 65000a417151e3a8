using Macpt.AppHost;

// The whole system on one machine without Docker: PostgreSQL and RabbitMQ from Debian's packages
// run as executables (shared/notes/aspire-without-docker.md), then the five services and the gateway.
var builder = DistributedApplication.CreateBuilder(args);
var settings = LocalServerSettings.From(builder);

var postgres = builder.AddLocalPostgres(settings);
var rabbitmq = builder.AddLocalRabbitMq(settings);
var messaging = builder.AddConnectionString("messaging", settings.AmqpConnectionString());

IResourceBuilder<ProjectResource> Service<TProject>(string name) where TProject : IProjectMetadata, new()
{
    var database = builder.AddConnectionString($"{name}-db", settings.DatabaseConnectionString(name));
    return builder.AddProject<TProject>(name, o => o.ExcludeLaunchProfile = true)
        .WithHttpEndpoint()
        .WithReference(database, connectionName: name)
        .WithReference(messaging)
        .WaitFor(postgres)
        .WaitFor(rabbitmq)
        .WithHttpHealthCheck("/health")
        .WithReplicas(settings.Replicas)
        // Only a test run lets a request set "now" (X-Macpt-Test-Now); a running system never does.
        .WithEnvironment("Macpt__Testing__ClockHeader", settings.Testing ? "true" : "false");
}

var services = new[]
{
    Service<Projects.Macpt_Referrals>("referrals"),
    Service<Projects.Macpt_Enquiries>("enquiries"),
    Service<Projects.Macpt_Conferences>("conferences"),
    Service<Projects.Macpt_FamilyNetworks>("familynetworks"),
    Service<Projects.Macpt_Advocacy>("advocacy"),
};

var gateway = builder.AddProject<Projects.Macpt_Gateway>("gateway", o => o.ExcludeLaunchProfile = true)
    .WithHttpEndpoint(port: settings.GatewayPort)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/alive")
    .WithCallers(ApiKeys.ReadOrCreate(settings.DataDir));
foreach (var service in services)
{
    gateway.WithReference(service).WaitFor(service);
}
builder.AnnounceGateway(gateway, settings);

builder.Build().Run();
