using Macpt.Gateway;
using Macpt.Gateway.Access;

namespace Macpt.Gateway.Tests;

/// <summary>What the gateway lets through on each route, before any service checks the token again.</summary>
public sealed class ServiceRoutesTests
{
    [Fact]
    public void Each_service_route_needs_a_token_meant_for_that_service_and_is_rate_limited_per_client()
    {
        foreach (var service in ServiceRoutes.Services)
        {
            var route = Assert.Single(ServiceRoutes.Routes, r => r.RouteId == service);
            Assert.Equal($"/api/{service}/{{**rest}}", route.Match.Path);
            Assert.Equal(GatewayPolicies.For(service), route.AuthorizationPolicy);
            Assert.Equal(GatewayRateLimits.PerClient, route.RateLimiterPolicy);
        }
    }

    [Fact]
    public void Only_the_identity_service_routes_are_open_without_a_token_and_they_are_limited_per_address()
    {
        var open = ServiceRoutes.Routes.Where(r => r.AuthorizationPolicy == "anonymous").ToList();
        Assert.Equal(["/connect/{**rest}", "/.well-known/{**rest}"], open.Select(r => r.Match.Path));
        Assert.All(open, r => Assert.Equal(ServiceRoutes.Identity, r.ClusterId));
        Assert.All(open, r => Assert.Equal(GatewayRateLimits.PerAddress, r.RateLimiterPolicy));
        Assert.All(ServiceRoutes.Routes, r => Assert.False(string.IsNullOrEmpty(r.AuthorizationPolicy)));
    }
}
