using RabbitMQ.Client;

namespace Macpt.Messaging.Monitoring;

/// <summary>
/// Messages waiting in each of this service's own <c>&lt;queue&gt;_error</c> queues, as the broker counts them: a declare
/// per queue over one connection as the service's own broker user (no management API, no administrator). The declare is
/// MassTransit's own for an error queue (durable, not auto-deleted, no arguments), so a queue nothing has failed into yet
/// is made empty, as MassTransit would make it at the first fault, and reads 0. A passive declare would do the same
/// without making it, but the broker logs every passive declare of a missing queue as an error.
/// </summary>
internal sealed class ErrorQueueDepth : IAsyncDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);
    private readonly BrokerAddress _broker;
    private readonly string _serviceName;
    private readonly CachedReading<IReadOnlyDictionary<string, long>> _reading;
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private IConnection? _connection;

    public ErrorQueueDepth(BrokerAddress broker, ErrorQueues queues, TimeProvider time)
    {
        _broker = broker;
        _serviceName = queues.ServiceName;
        Queues = queues.Names;
        _reading = new(ReadAsync, Queues.ToDictionary(q => q, _ => 0L), MaxAge, time);
    }

    public IReadOnlyList<string> Queues { get; }

    public IReadOnlyDictionary<string, long> Current => _reading.Current;

    private async Task<IReadOnlyDictionary<string, long>> ReadAsync(CancellationToken ct)
    {
        var connection = await ConnectAsync(ct);
        var depths = new Dictionary<string, long>();
        IChannel? channel = null;
        try
        {
            foreach (var queue in Queues)
            {
                channel ??= await connection.CreateChannelAsync(cancellationToken: ct);
                depths[queue] = (await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: null, cancellationToken: ct)).MessageCount;
            }
        }
        finally
        {
            if (channel is not null) await channel.DisposeAsync();
        }
        return depths;
    }

    private async Task<IConnection> ConnectAsync(CancellationToken ct)
    {
        if (_connection is { IsOpen: true } open) return open;
        await _connecting.WaitAsync(ct);
        try
        {
            if (_connection is { IsOpen: true } again) return again;
            if (_connection is not null) await _connection.DisposeAsync();
            var factory = new ConnectionFactory
            {
                HostName = _broker.Host,
                Port = _broker.Port,
                VirtualHost = _broker.VirtualHost,
                UserName = _broker.Username,
                Password = _broker.Password,
                RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
                AutomaticRecoveryEnabled = false,
            };
            _connection = await factory.CreateConnectionAsync($"{_serviceName}-error-queue-depth", ct);
            return _connection;
        }
        finally
        {
            _connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
        _connecting.Dispose();
    }
}

/// <summary>The error queues of this service's consumers (MassTransit's <c>&lt;queue&gt;_error</c>), named as its endpoints are.</summary>
internal sealed record ErrorQueues(string ServiceName, IReadOnlyList<string> Names);
