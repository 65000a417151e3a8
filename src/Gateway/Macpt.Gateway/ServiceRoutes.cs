using Macpt.Contracts;
using Macpt.Gateway.Access;
using Yarp.ReverseProxy.Configuration;

namespace Macpt.Gateway;

/// <summary>
/// One route per service: <c>/api/{service}/**</c> goes, path unchanged, to that service as found by service
/// discovery (<c>http://{service}</c>), only with a token meant for that service and within the caller's rate
/// limit. <c>/connect/**</c> and <c>/.well-known/**</c> go to the identity service, open to anyone (that is where
/// a token is got), limited per address.
/// </summary>
public static class ServiceRoutes
{
    public static IReadOnlyList<string> Services => ServiceNames.Apis;
    public const string Identity = ServiceNames.Identity;

    public static IReadOnlyList<RouteConfig> Routes { get; } =
    [
        .. Services.Select(s => new RouteConfig
        {
            RouteId = s,
            ClusterId = s,
            Match = new RouteMatch { Path = $"/api/{s}/{{**rest}}" },
            AuthorizationPolicy = GatewayPolicies.For(s),
            RateLimiterPolicy = GatewayRateLimits.PerClient,
        }),
        IdentityRoute("connect", "/connect/{**rest}"),
        IdentityRoute("well-known", "/.well-known/{**rest}"),
    ];

    public static IReadOnlyList<ClusterConfig> Clusters { get; } =
    [
        .. Services.Append(Identity).Select(s => new ClusterConfig
        {
            ClusterId = s,
            Destinations = new Dictionary<string, DestinationConfig> { [s] = new() { Address = $"http://{s}" } },
            HttpRequest = new Yarp.ReverseProxy.Forwarder.ForwarderRequestConfig { ActivityTimeout = TimeSpan.FromSeconds(30) },
        }),
    ];

    private static RouteConfig IdentityRoute(string id, string path) => new()
    {
        RouteId = id,
        ClusterId = Identity,
        Match = new RouteMatch { Path = path },
        AuthorizationPolicy = "anonymous",
        RateLimiterPolicy = GatewayRateLimits.PerAddress,
    };
}
