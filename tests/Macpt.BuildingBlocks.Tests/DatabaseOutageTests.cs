using System.Net.Sockets;
using Macpt.Messaging;
using Macpt.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Macpt.BuildingBlocks.Tests;

/// <summary>
/// What counts as the database being unreachable (503 to callers, long retries for consumers) and what is a
/// fault in the request or message itself (4xx, or the error queue after the ordinary retries).
/// </summary>
public sealed class DatabaseOutageTests
{
    private static PostgresException Server(string sqlState) => new("message", "ERROR", "ERROR", sqlState);

    [Theory]
    [InlineData("57P01")] // admin shutdown (backend terminated)
    [InlineData("57P02")] // crash shutdown
    [InlineData("57P03")] // cannot connect now (starting up)
    [InlineData("53300")] // too many connections
    [InlineData("55000")] // database not accepting connections
    public void A_server_refusing_connections_is_an_outage(string sqlState) =>
        Assert.True(DatabaseOutage.IsOutage(Server(sqlState)));

    [Theory]
    [InlineData("22001")] // value too long: the message is bad, retrying will not help
    [InlineData("23505")] // unique violation
    [InlineData("42P01")] // undefined table
    public void A_statement_error_is_not_an_outage(string sqlState) =>
        Assert.False(DatabaseOutage.IsOutage(Server(sqlState)));

    [Fact]
    public void A_refused_socket_and_a_timeout_are_outages()
    {
        Assert.True(DatabaseOutage.IsOutage(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))));
        Assert.True(DatabaseOutage.IsOutage(new TimeoutException()));
    }

    [Fact]
    public void Ef_core_wrappers_are_seen_through()
    {
        Assert.True(DatabaseOutage.IsOutage(new InvalidOperationException("transient", new NpgsqlException("x", new SocketException()))));
        Assert.True(DatabaseOutage.IsOutage(new DbUpdateException("save", new NpgsqlException("x", new SocketException()))));
        Assert.False(DatabaseOutage.IsOutage(new DbUpdateException("save", Server("23505"))));
    }

    [Fact]
    public void Unrelated_failures_are_not_outages()
    {
        Assert.False(DatabaseOutage.IsOutage(new InvalidOperationException("bug")));
        Assert.False(DatabaseOutage.IsOutage(null));
    }

    [Fact]
    public void Consumers_ride_out_two_minutes_of_outage_but_give_up_on_other_failures_in_under_ten_seconds()
    {
        Assert.InRange(MessagingRegistration.OutageRetryIntervals.Sum(), 120_000, 180_000);
        Assert.InRange(MessagingRegistration.RetryIntervals.Sum(), 1, 10_000);
    }
}
