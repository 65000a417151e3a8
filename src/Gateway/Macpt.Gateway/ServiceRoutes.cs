using Yarp.ReverseProxy.Configuration;

namespace Macpt.Gateway;

/// <summary>
/// One route per service: <c>/api/{service}/**</c> goes, path unchanged, to that service as found by
/// service discovery (<c>http://{service}</c> resolves from the <c>services__{service}__http__0</c> setting).
/// </summary>
public static class ServiceRoutes
{
    public static readonly IReadOnlyList<string> Services = ["referrals", "enquiries", "conferences", "familynetworks", "advocacy"];

    public static IReadOnlyList<RouteConfig> Routes { get; } = Services
        .Select(s => new RouteConfig
        {
            RouteId = s,
            ClusterId = s,
            Match = new RouteMatch { Path = $"/api/{s}/{{**rest}}" },
        })
        .ToList();

    public static IReadOnlyList<ClusterConfig> Clusters { get; } = Services
        .Select(s => new ClusterConfig
        {
            ClusterId = s,
            Destinations = new Dictionary<string, DestinationConfig> { [s] = new() { Address = $"http://{s}" } },
            HttpRequest = new Yarp.ReverseProxy.Forwarder.ForwarderRequestConfig { ActivityTimeout = TimeSpan.FromSeconds(30) },
        })
        .ToList();
}
