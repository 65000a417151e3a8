using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// A temporary queue bound to one contract's exchange, to prove an event really went out on the bus (not only
/// into the outbox). Bind before the action; the queue disappears with the listener.
/// </summary>
public sealed class AdvocacyBusListener : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;

    private AdvocacyBusListener(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    /// <summary>Listens for <typeparamref name="T"/> on the exchange MassTransit publishes it to ("Namespace:Type").</summary>
    public static async Task<AdvocacyBusListener> StartAsync<T>(MacptSystem system)
    {
        var uri = new Uri(system.BrokerConnectionString);
        var factory = new ConnectionFactory { Uri = uri };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var exchange = $"{typeof(T).Namespace}:{typeof(T).Name}";
        // Declared as MassTransit declares it, in case nothing has published this type yet.
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, exchange, "");
        return new AdvocacyBusListener(connection, channel, queue);
    }

    /// <summary>Waits for a message whose body matches; returns the message (the envelope's <c>message</c>).</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> matches, TimeSpan within, string what)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            var got = await _channel.BasicGetAsync(_queue, autoAck: true);
            if (got is null)
            {
                await Task.Delay(100);
                continue;
            }
            var message = JsonSerializer.Deserialize<JsonElement>(Encoding.UTF8.GetString(got.Body.Span)).GetProperty("message");
            if (matches(message)) return message;
        }
        Assert.Fail($"Timed out after {within.TotalSeconds:0}s waiting on the bus for {what}.");
        return default;
    }

    /// <summary>
    /// Waits for one message for each of <paramref name="keys"/> (by <paramref name="keyOf"/>), in whatever order the bus
    /// delivers them; the messages, by key.
    /// </summary>
    public async Task<Dictionary<TKey, JsonElement>> WaitForEachAsync<TKey>(Func<JsonElement, TKey> keyOf, IReadOnlyCollection<TKey> keys, TimeSpan within, string what)
        where TKey : notnull
    {
        var found = new Dictionary<TKey, JsonElement>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (found.Count < keys.Count && clock.Elapsed < within)
        {
            var got = await _channel.BasicGetAsync(_queue, autoAck: true);
            if (got is null)
            {
                await Task.Delay(100);
                continue;
            }
            var message = JsonSerializer.Deserialize<JsonElement>(Encoding.UTF8.GetString(got.Body.Span)).GetProperty("message");
            if (keys.Contains(keyOf(message))) found.TryAdd(keyOf(message), message);
        }
        Assert.True(found.Count == keys.Count, $"Timed out after {within.TotalSeconds:0}s waiting on the bus for {what}: {found.Count} of {keys.Count}.");
        return found;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}
