using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Macpt.AppHost;

internal static class GatewayAnnouncement
{
    /// <summary>Prints where the gateway answers once it is up, next to the dashboard's login line.</summary>
    public static void AnnounceGateway(this IDistributedApplicationBuilder builder, IResourceBuilder<ProjectResource> gateway, LocalServerSettings settings)
    {
        builder.Eventing.Subscribe<ResourceReadyEvent>(gateway.Resource, (e, _) =>
        {
            var url = gateway.GetEndpoint("http").Url;
            e.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Macpt")
                .LogInformation("Macpt gateway is ready at {GatewayUrl} (tokens from {GatewayUrl}/connect/token with the clients and users in {IdentitiesFile}; OpenAPI per service at /openapi/v1.json)",
                    url, url, Path.Combine(settings.DataDir, DevIdentities.FileName));
            return Task.CompletedTask;
        });
    }
}
