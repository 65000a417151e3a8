using System.Net.Sockets;
using Macpt.Messaging.Outbox;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Macpt.Messaging;

/// <summary>
/// Whether events can leave this service: the broker's port answers and the outbox's last publish
/// was confirmed. MassTransit's own check only watches receive endpoints, which a service that
/// publishes but consumes nothing does not have.
/// </summary>
internal sealed class BrokerHealthCheck(BrokerAddress broker, OutboxState outbox) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            using var client = new TcpClient();
            await client.ConnectAsync(broker.Host, broker.Port, timeout.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The message broker cannot be reached; events wait in the outbox.");
        }
        return outbox.LastPublishFailed
            ? HealthCheckResult.Unhealthy("The broker is not confirming publishes; events wait in the outbox.")
            : HealthCheckResult.Healthy();
    }
}
