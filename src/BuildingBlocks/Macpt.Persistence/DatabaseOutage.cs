using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Macpt.Persistence;

/// <summary>
/// One definition of "the service's database cannot be reached right now": a request failing this way answers
/// 503 (nothing was stored), and a message consumer failing this way keeps retrying for minutes rather than
/// sending the message to the error queue, since it will succeed once the database is back.
/// </summary>
public static class DatabaseOutage
{
    public static bool IsOutage(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            // shutting down, starting up, admin-terminated, too many connections, database closed to connections
            if (e is PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" or "55000" }) return true;
            if (e is PostgresException) return false; // any other server error is about the statement, not the server
            if (e is NpgsqlException { IsTransient: true } or TimeoutException) return true;
            if (e is InvalidOperationException && e.InnerException is NpgsqlException) return true; // EF wraps connection failures
            if (e is DbUpdateException && e.InnerException is NpgsqlException { IsTransient: true }) return true;
        }
        return false;
    }
}
