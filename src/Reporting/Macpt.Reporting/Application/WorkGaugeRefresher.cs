using Macpt.Reporting.Infrastructure;
using Macpt.WorkingDays;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Reporting.Application;

/// <summary>
/// Counts the open and overdue work items per stage at most once every <see cref="Interval"/> per replica and hands
/// them to <see cref="ReportingTelemetry"/>. A failed count leaves the last counts in place and logs the exception's
/// type only (the database's message could quote a value).
/// </summary>
public sealed partial class WorkGaugeRefresher(IServiceScopeFactory scopes, ReportingTelemetry telemetry, TimeProvider time, ILogger<WorkGaugeRefresher> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, e.GetType().Name);
            }
            try { await Task.Delay(Interval, time, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    private async Task RefreshAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var today = LondonClock.Today(time);
        var counts = await db.WorkItems.AsNoTracking().Where(i => i.ClosedOn == null)
            .GroupBy(i => i.Kind)
            .Select(g => new { Kind = g.Key, Open = g.LongCount(), Overdue = g.LongCount(i => i.DueBy < today) })
            .ToListAsync(ct);
        telemetry.Update(counts.ToDictionary(c => c.Kind, c => (c.Open, c.Overdue), StringComparer.Ordinal));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The work gauges could not be counted ({ExceptionType}); the last counts stand")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
