using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Macpt.Persistence.Audit;

/// <summary>
/// Audits every answered <c>/api</c> request of an authenticated caller (a read, a list, a change, a refusal):
/// the row is inserted as the answer's headers are about to be sent, so no answer leaves the service unless
/// its row is stored; if the insert fails, the caller gets a failure instead of the data. Placed before
/// authorization, so a 403 is audited too; a request with no valid token (401) discloses nothing and is not.
/// </summary>
internal sealed class RequestAuditMiddleware(RequestDelegate next, RequestAuditWriter writer)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } route } endpoint
            && route.StartsWith("/api/", StringComparison.Ordinal)
            && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
        {
            var trail = AuditTrail.Start(context);
            // Taken now: an exception handler clears the route values before it answers.
            var routeId = RequestAuditWriter.RouteId(context);
            context.Response.OnStarting(() => writer.WriteAsync(context, route, routeId, trail));
        }
        return next(context);
    }
}

/// <summary>Writes a request's audit row on its own pooled connection (the handler's context may be mid-failure).</summary>
internal sealed partial class RequestAuditWriter(NpgsqlDataSource dataSource, TimeProvider time, ILogger<RequestAuditWriter> logger)
{
    private const string Insert = """
        INSERT INTO audit_log (id, at, kind, action, resource_type, resource_id, la_child_id, la_child_ids,
          actor_id, actor_kind, client_id, agency, roles, method, route, status, correlation_id)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
        """;

    public async Task WriteAsync(HttpContext context, string route, string? routeId, AuditTrail trail)
    {
        if (Actor.From(context.User) is not { } actor) return;
        var entry = Describe(context, route, routeId, trail, actor, time.GetUtcNow());
        await using var command = dataSource.CreateCommand(Insert);
        object?[] values =
        [
            entry.Id, entry.At, entry.Kind, entry.Action, entry.ResourceType, entry.ResourceId, entry.LaChildId, entry.LaChildIds.ToArray(),
            entry.ActorId, entry.ActorKind, entry.ClientId, entry.Agency, entry.Roles.ToArray(), entry.Method, entry.Route, entry.Status, entry.CorrelationId,
        ];
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        var stop = context.RequestAborted.IsCancellationRequested ? CancellationToken.None : context.RequestAborted;
        var started = time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await command.ExecuteNonQueryAsync(stop);
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                if (context.Response.StatusCode >= StatusCodes.Status400BadRequest)
                {
                    // A refusal discloses no record: while the database is down (the 503 it answers), it still goes out,
                    // and the missing row is logged (ids only).
                    LogUnaudited(logger, context.Response.StatusCode, entry.Route, entry.CorrelationId);
                    return;
                }
                // An answer that carries data never leaves without its row: while the database comes back (a restart
                // takes seconds), the answer waits for it; past that, the caller gets an error instead of the data.
                if (time.GetElapsedTime(started) > DataAnswerWaitsFor) throw;
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, 100 * attempt)), time, CancellationToken.None);
            }
        }
    }

    private static readonly TimeSpan DataAnswerWaitsFor = TimeSpan.FromSeconds(20);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Status} answer to {Route} went out without its audit row (correlation {CorrelationId}): the audit insert failed")]
    private static partial void LogUnaudited(ILogger logger, int status, string? route, string? correlationId);

    internal static AuditEntry Describe(HttpContext context, string route, string? routeId, AuditTrail trail, Actor actor, DateTimeOffset now)
    {
        var records = trail.Records;
        var primary = routeId is not null
            ? records.FirstOrDefault(r => string.Equals(r.Key, routeId, StringComparison.OrdinalIgnoreCase))
            : records.FirstOrDefault(r => r.Changed);
        var children = records.Select(r => r.LaChildId).OfType<string>().Distinct(StringComparer.Ordinal).Take(AuditEntry.MaxChildIds).ToList();
        var method = context.Request.Method;
        var action = method switch
        {
            "GET" or "HEAD" => routeId is null ? "list" : "read",
            "POST" => routeId is null ? "create" : "update",
            "DELETE" => "delete",
            _ => "update",
        };
        return new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            At = now,
            Kind = AuditEntry.RequestKind,
            Action = action,
            ResourceType = primary?.Type ?? ResourceOf(route),
            ResourceId = primary?.Key ?? routeId,
            LaChildId = primary?.LaChildId ?? (children.Count == 1 ? children[0] : null),
            LaChildIds = children,
            ActorId = actor.Id,
            ActorKind = actor.Kind,
            ClientId = actor.ClientId,
            Agency = actor.Agency,
            Roles = [.. actor.Roles.Order(StringComparer.Ordinal)],
            Method = method,
            Route = route,
            Status = context.Response.StatusCode,
            CorrelationId = context.Items[CorrelationIdMiddleware.HeaderName] as string,
        };
    }

    /// <summary>The record the route names: its <c>{id}</c>, or the first id-like route value.</summary>
    internal static string? RouteId(HttpContext context)
    {
        var values = context.Request.RouteValues;
        if (values.TryGetValue("id", out var id) && id is not null) return Convert.ToString(id, System.Globalization.CultureInfo.InvariantCulture);
        return values.Where(v => v.Key.EndsWith("id", StringComparison.OrdinalIgnoreCase) && v.Value is not null)
            .Select(v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
    }

    /// <summary>The resource a route template names: <c>/api/enquiries/strategy-discussions/{id}</c> is strategy-discussions.</summary>
    private static string ResourceOf(string route)
    {
        var literals = route.Split('/', StringSplitOptions.RemoveEmptyEntries).TakeWhile(s => !s.StartsWith('{')).ToList();
        return literals.Count switch { > 2 => literals[2], 2 => literals[1], _ => route };
    }
}
