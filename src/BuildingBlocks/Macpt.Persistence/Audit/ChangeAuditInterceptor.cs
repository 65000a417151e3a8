using Macpt.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Macpt.Persistence.Audit;

/// <summary>
/// Adds one audit row per changed record to the very SaveChanges that changes it, so the row commits with the
/// change or not at all: a refused or rolled-back change leaves no row. Outside a request (a consumer) the
/// service's own system actor is the one acting.
/// </summary>
internal sealed class ChangeAuditInterceptor(IHttpContextAccessor accessor, AuditedService service, TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) AddRows(context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) AddRows(context);
        return ValueTask.FromResult(result);
    }

    // A save that failed (a unique violation the caller then handles) must not leave its rows to a later save.
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetRows(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetRows(eventData.Context);
        return Task.CompletedTask;
    }

    private static void ForgetRows(DbContext? context)
    {
        if (context is null) return;
        foreach (var row in context.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList()) row.State = EntityState.Detached;
    }

    private void AddRows(DbContext context)
    {
        if (context.Model.FindEntityType(typeof(AuditEntry)) is null) return;
        context.ChangeTracker.DetectChanges();
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEntry)
            .Select(e => (Entry: e, Root: AuditedRecords.RootOf(e)))
            .Where(x => AuditedRecords.IsChangeAudited(x.Root.Metadata))
            .GroupBy(x => x.Root.Entity, ReferenceEqualityComparer.Instance)
            .Select(g => g.First().Root)
            .ToList();
        if (changed.Count == 0) return;

        var http = accessor.HttpContext;
        var actor = service.ActorOf(http);
        var trail = AuditTrail.Of(http);
        var route = (http?.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        var correlation = http?.Items[CorrelationIdMiddleware.HeaderName] as string
            ?? (System.Diagnostics.Activity.Current is { } activity ? "trace:" + activity.TraceId.ToHexString() : null);
        var now = time.GetUtcNow();
        foreach (var root in changed)
        {
            var record = AuditedRecords.Describe(root.Metadata, p => root.Property(p.Name).CurrentValue, changed: true);
            trail?.Add(record);
            context.Add(new AuditEntry
            {
                Id = Guid.CreateVersion7(now),
                At = now,
                Kind = AuditEntry.ChangeKind,
                Action = root.State switch { EntityState.Added => "create", EntityState.Deleted => "delete", _ => "update" },
                ResourceType = record.Type,
                ResourceId = record.Key,
                LaChildId = record.LaChildId,
                LaChildIds = record.LaChildId is null ? [] : [record.LaChildId],
                ActorId = actor.Id,
                ActorKind = actor.Kind,
                ClientId = actor.ClientId,
                Agency = actor.Agency,
                Roles = [.. actor.Roles.Order(StringComparer.Ordinal)],
                Method = http?.Request.Method,
                Route = route,
                CorrelationId = correlation,
            });
        }
    }
}
