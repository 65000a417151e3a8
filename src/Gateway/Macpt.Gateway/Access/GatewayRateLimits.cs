using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Macpt.ServiceDefaults.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace Macpt.Gateway.Access;

/// <summary>How many requests a client may make (section <c>Gateway:RateLimit</c>).</summary>
public sealed class RateLimitSettings
{
    public const string Section = "Gateway:RateLimit";

    /// <summary>Sustained requests per second per client; a burst of twice that is allowed.</summary>
    [Range(1, 100_000)] public int PermitsPerSecond { get; set; } = 500;
    /// <summary>Token requests per minute per address (a secret-guessing client is slowed).</summary>
    [Range(1, 100_000)] public int TokenRequestsPerMinute { get; set; } = 600;
    /// <summary>Per-client limits in requests per minute, where one differs from the default.</summary>
    public Dictionary<string, int> ClientsPerMinute { get; set; } = [];
}

/// <summary>
/// 429 problem+json with <c>Retry-After</c> once a client has spent its allowance. The allowance is per
/// gateway replica (a limiter holds no state another replica needs: each admits its share).
/// </summary>
public static class GatewayRateLimits
{
    public const string PerClient = "per-client";
    public const string PerAddress = "per-address";

    public static IServiceCollection AddGatewayRateLimits(this IServiceCollection services, RateLimitSettings settings)
    {
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(PerClient, http =>
            {
                var client = Actor.From(http.User)?.ClientId ?? "-";
                return settings.ClientsPerMinute.TryGetValue(client, out var perMinute)
                    ? RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = perMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = settings.PermitsPerSecond * 2,
                        TokensPerPeriod = settings.PermitsPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                    });
            });
            o.AddPolicy(PerAddress, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "-",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.TokenRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"This client has used its allowance: try again in {retryAfter} s.",
            },
        });
    }
}
