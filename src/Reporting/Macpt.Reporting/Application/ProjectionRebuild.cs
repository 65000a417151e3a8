using Macpt.Persistence;
using Macpt.Reporting.Domain.Rules;
using Macpt.Reporting.Infrastructure;
using Macpt.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Macpt.Reporting.Application;

/// <summary>
/// Rebuilds every projection from scratch from the stored events: each child (every child with a stored event or a
/// projected row) is projected again in its own transaction, under its lock, so consumers keep running meanwhile.
/// Idempotent: a second run finds every row as projected and writes nothing. One rebuild at a time
/// (<see cref="RebuildRunsOneAtATime"/>).
/// </summary>
public sealed class ProjectionRebuild(IServiceScopeFactory scopes, ServiceDataSource<ReportingDbContext> dataSource)
{
    public sealed record Outcome(int Children, long Events);

    public async Task<Outcome> RunAsync(CancellationToken ct)
    {
        await using var guard = await dataSource.DataSource.OpenConnectionAsync(ct);
        await using (var take = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtext('reporting-rebuild'))", guard))
        {
            Rule.Check(new RebuildRunsOneAtATime(await take.ExecuteScalarAsync(ct) is not true));
        }

        List<string> children;
        long events;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            events = await db.Events.LongCountAsync(ct);
            children = await db.Database.SqlQuery<string>($"""
                SELECT DISTINCT c AS "Value" FROM (
                  SELECT unnest(la_child_ids) AS c FROM received_events
                  UNION SELECT la_child_id FROM timeline_steps UNION SELECT la_child_id FROM work_items
                  UNION SELECT la_child_id FROM referral_facts UNION SELECT la_child_id FROM initial_conference_facts
                  UNION SELECT la_child_id FROM review_facts UNION SELECT la_child_id FROM plan_facts) children
                ORDER BY 1
                """).ToListAsync(ct);
        }
        foreach (var child in children)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await scope.ServiceProvider.GetRequiredService<ChildReprojection>().ProjectAsync(child, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await using (var release = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext('reporting-rebuild'))", guard)) await release.ExecuteNonQueryAsync(ct);
        return new Outcome(children.Count, events);
    }
}
