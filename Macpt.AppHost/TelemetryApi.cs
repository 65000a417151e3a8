using Microsoft.Extensions.Configuration;

namespace Macpt.AppHost;

/// <summary>
/// The dashboard's telemetry API (<c>GET /api/telemetry/traces</c>, <c>/spans</c>, <c>/logs</c> with an <c>x-api-key</c>
/// header) behind a key the caller chooses: <c>Macpt:TelemetryApiKey</c> (scripts/run.sh generates one per run and
/// prints it). Aspire 13 passes the dashboard its API key from the AppHost's own <c>AppHost:DashboardApiKey</c> (a random
/// key kept in user secrets unless set) and overwrites any <c>Dashboard__Api__*</c> variable the AppHost was started
/// with, so the key must be set here, as the AppHost's setting, for the printed key to be the one the dashboard checks.
/// </summary>
internal static class TelemetryApi
{
    public const string KeySetting = "Macpt:TelemetryApiKey";
    public const string AspireKeySetting = "AppHost:DashboardApiKey";

    public static void UseTelemetryApiKey(this IDistributedApplicationBuilder builder)
    {
        if (builder.Configuration[KeySetting] is { Length: > 0 } key) builder.Configuration[AspireKeySetting] = key;
    }
}
