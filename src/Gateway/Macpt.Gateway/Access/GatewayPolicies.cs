using Macpt.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;

namespace Macpt.Gateway.Access;

/// <summary>
/// The gateway's own check, before any service is reached: a valid token (issuer, signature, expiry, an actor)
/// whose audience includes the service the path names. Each service checks the token again, and decides
/// what this actor may do there.
/// </summary>
public static class GatewayPolicies
{
    public static string For(string service) => $"token-for-{service}";

    public static AuthorizationBuilder AddServicePolicies(this AuthorizationBuilder authorization)
    {
        foreach (var service in ServiceRoutes.Services)
        {
            authorization.AddPolicy(For(service), policy => policy
                .Combine(MacptAuthentication.ActorPolicy)
                .RequireClaim("aud", service));
        }
        return authorization;
    }
}
