using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Macpt.EndToEnd.Tests;

/// <summary>Drives a family network request through its steps via the gateway, and watches the bus for its events.</summary>
internal sealed class FamilyNetworkSteps(MacptSystem system)
{
    public const string Requests = "/api/familynetworks/requests";
    public const string Plans = "/api/familynetworks/plans";

    public static string Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Macpt.WorkingDays.LondonClock.TimeZone).DateTime).ToString("yyyy-MM-dd");

    public static string Tomorrow() => DateOnly.ParseExact(Today(), "yyyy-MM-dd").AddDays(1).ToString("yyyy-MM-dd");

    public static object Request(string laChildId, Guid referralId, string stage = "pre-conference") =>
        new { laChildId, stage, referralId };

    public static object Offer(string? letterBeforeProceedingsOn = null) => new
    {
        offeredTo = new[] { new { name = "Test Parent", relationship = "mother", parentalResponsibility = true } },
        offeredOn = Today(),
        letterBeforeProceedingsOn,
    };

    /// <summary>The first person offered (in the answer to the offer) accepts.</summary>
    public static object Accept(JsonElement offered) => Accept(PersonOf(offered));

    public static object Accept(Guid personId) => new { personId, answer = "accepted", answeredOn = Today() };

    public static object Decline(JsonElement offered, string declineReason, int person = 0) =>
        new { personId = PersonOf(offered, person), answer = "declined", answeredOn = Today(), declineReason };

    /// <summary>The id of a person offered the meeting, from a request as the API answers it.</summary>
    public static Guid PersonOf(JsonElement request, int person = 0) =>
        request.GetProperty("offer").GetProperty("offeredTo")[person].GetProperty("personId").GetGuid();

    public static object Coordinator(bool independent = true) => new { coordinatorId = "fgc-07", independent, allocatedOn = Today() };

    public static object Meeting(string? heldOn = null) => new
    {
        heldOn = heldOn ?? Today(),
        networkMembers = new object[]
        {
            new { name = "Test Grandmother", relationship = "grandparent", offers = new[] { "care", "respite" }, present = true },
            new { name = "Test Friend", relationship = "family-friend", offers = new[] { "supervision" }, present = true },
            new { name = "Test Uncle", relationship = "aunt-or-uncle", offers = new[] { "support" }, present = false },
        },
        childParticipation = new { tookPart = true, how = "views-shared" },
        privateFamilyTime = true,
    };

    public static object Plan(string? reviewDue = null, object[]? safeguards = null) => new
    {
        agreedOn = Today(),
        safeguards = safeguards ?? new object[]
        {
            new { action = "Collects the children from school every weekday", responsible = "Test Grandmother", when = "Daily at 15:15", contingency = "Test Friend collects; the school calls the social worker if neither arrives" },
            new { action = "Stays overnight at weekends", responsible = "Test Friend", when = "Every Friday and Saturday", contingency = "The children stay at the grandmother's" },
        },
        localAuthorityAgrees = true,
        reviewDue = reviewDue ?? DateOnly.ParseExact(Today(), "yyyy-MM-dd").AddMonths(1).ToString("yyyy-MM-dd"),
    };

    public async Task<JsonElement> OkAsync(HttpMethod method, string path, object? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await system.SendAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{method} {path}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    /// <summary>A practitioner's request, created (201).</summary>
    public async Task<Guid> RequestAsync(string laChildId, Guid referralId, string stage = "pre-conference") =>
        (await OkAsync(HttpMethod.Post, Requests, Request(laChildId, referralId, stage), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>A request taken to an accepted offer with a coordinator: ready to be held.</summary>
    public async Task<Guid> AcceptedAsync(string laChildId, Guid referralId)
    {
        var id = await RequestAsync(laChildId, referralId);
        var offered = await OkAsync(HttpMethod.Post, $"{Requests}/{id}/offer", Offer());
        await OkAsync(HttpMethod.Post, $"{Requests}/{id}/answer", Accept(offered));
        await OkAsync(HttpMethod.Put, $"{Requests}/{id}/coordinator", Coordinator());
        return id;
    }

    /// <summary>A request whose meeting has been held.</summary>
    public async Task<Guid> HeldAsync(string laChildId, Guid referralId)
    {
        var id = await AcceptedAsync(laChildId, referralId);
        await OkAsync(HttpMethod.Post, $"{Requests}/{id}/meeting", Meeting());
        return id;
    }

    /// <summary>The items of one page of the requests list (pageSize 200, the most a page holds).</summary>
    public async Task<JsonElement[]> ListAsync(string query) =>
        (await PageAsync(Requests, $"pageSize=200&{query}")).GetProperty("items").EnumerateArray().ToArray();

    /// <summary>One page of a list: <c>{ items, page, pageSize, total }</c>.</summary>
    public async Task<JsonElement> PageAsync(string list, string query) =>
        await OkAsync(HttpMethod.Get, $"{list}?{query}", null);

    /// <summary>Waits until a consumer has applied a message (its inbox row), whatever it did with it.</summary>
    public Task<long> AppliedAsync(string consumer, Guid messageId) =>
        Eventually.ReturnsAsync(
            () => system.CountAsync("familynetworks", "SELECT count(*) FROM inbox_messages WHERE consumer = @c AND message_id = @id", ("c", consumer), ("id", messageId)),
            n => n == 1, TimeSpan.FromSeconds(30), $"{consumer} to apply message {messageId}");

    public Task<long> StoredRequestsAsync(string laChildId) =>
        system.CountAsync("familynetworks", "SELECT count(*) FROM meeting_requests WHERE la_child_id = @c", ("c", laChildId));

    public Task<long> OutboxAsync(string eventName, string property, string value) =>
        system.CountAsync("familynetworks", $"SELECT count(*) FROM outbox_messages WHERE message_type = 'Macpt.Contracts.FamilyNetworks.{eventName}' AND payload->>'{property}' = @v", ("v", value));
}

/// <summary>
/// A temporary queue bound to one event's exchange, so a test sees what really crossed the broker
/// (MassTransit publishes each contract to a fanout exchange named after it).
/// </summary>
internal sealed class BusWatch : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;

    private BusWatch(IConnection connection, IChannel channel, string queue) => (_connection, _channel, _queue) = (connection, channel, queue);

    public static async Task<BusWatch> StartAsync(MacptSystem system, Type contract)
    {
        var uri = new Uri(system.BrokerConnectionString);
        var factory = new ConnectionFactory { Uri = uri };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var exchange = $"{contract.Namespace}:{contract.Name}";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, exchange, "");
        return new BusWatch(connection, channel, queue);
    }

    /// <summary>The messages (MassTransit's envelope <c>message</c>) that match, waiting until <paramref name="count"/> have arrived.</summary>
    public async Task<List<JsonElement>> WaitForAsync(Func<JsonElement, bool> match, int count, TimeSpan within)
    {
        var found = new List<JsonElement>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (found.Count < count && clock.Elapsed < within)
        {
            var delivery = await _channel.BasicGetAsync(_queue, autoAck: true);
            if (delivery is null) { await Task.Delay(100); continue; }
            var envelope = JsonSerializer.Deserialize<JsonElement>(Encoding.UTF8.GetString(delivery.Body.Span));
            var message = envelope.GetProperty("message");
            if (match(message)) found.Add(message);
        }
        Assert.True(found.Count >= count, $"Expected {count} matching messages on the bus within {within.TotalSeconds:0}s, saw {found.Count}.");
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
