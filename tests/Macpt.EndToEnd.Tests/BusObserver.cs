using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// A durable queue of the test's own, bound to one contract's exchange for the length of a fault test: it keeps every
/// copy the broker routed (it survives a broker SIGKILL) and has no inbox and no unique key, so each copy published is
/// counted, duplicates included. Read at the end by draining it.
/// </summary>
public sealed class BusObserver : IAsyncDisposable
{
    private readonly ConnectionFactory _factory;
    private readonly string _queue;

    private BusObserver(ConnectionFactory factory, string queue)
    {
        _factory = factory;
        _queue = queue;
    }

    public static async Task<BusObserver> StartAsync<T>(MacptSystem system)
    {
        var uri = new Uri(system.BrokerConnectionString);
        var (user, password) = system.BrokerCredentials;
        var factory = new ConnectionFactory { HostName = uri.Host, Port = uri.Port, UserName = user, Password = password };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var exchange = $"{typeof(T).Namespace}:{typeof(T).Name}";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        var queue = $"test-observer-{typeof(T).Name}-{Guid.NewGuid():N}";
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(queue, exchange, "");
        // The queue outlives this connection (and a broker kill): each read connects afresh.
        return new BusObserver(factory, queue);
    }

    /// <summary>Every copy received so far, as (message id, the message's <paramref name="idField"/>), taken off the queue.</summary>
    public async Task<List<(Guid MessageId, Guid Id)>> DrainAsync(string idField)
    {
        var copies = new List<(Guid, Guid)>();
        await using var connection = await _factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        while (await channel.BasicGetAsync(_queue, autoAck: true) is { } got)
        {
            var envelope = JsonSerializer.Deserialize<JsonElement>(Encoding.UTF8.GetString(got.Body.Span));
            copies.Add((envelope.GetProperty("messageId").GetGuid(), envelope.GetProperty("message").GetProperty(idField).GetGuid()));
        }
        return copies;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var connection = await _factory.CreateConnectionAsync();
            await using var channel = await connection.CreateChannelAsync();
            await channel.QueueDeleteAsync(_queue);
        }
        catch (RabbitMQ.Client.Exceptions.BrokerUnreachableException)
        {
            // The broker is gone with the run; so is the queue.
        }
    }
}
