using Macpt.Reporting.Domain.Measures;
using Macpt.Reporting.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Reporting.Application;

/// <summary>Counts every timeliness measure over a period from the projected facts.</summary>
public sealed class TimelinessReport(ReportingDbContext db, TimelinessMeasures measures)
{
    public sealed record Line(ITimelinessMeasure Measure, MeasureCount Count);

    public async Task<IReadOnlyList<Line>> RunAsync(ReportingPeriod period, DateOnly today, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var facts = new TimelinessFacts(
            await db.Referrals.AsNoTracking().Where(r => r.ReceivedOn >= from && r.ReceivedOn <= to).ToListAsync(ct),
            await db.InitialConferences.AsNoTracking().Where(c => c.HeldOn >= from && c.HeldOn <= to).ToListAsync(ct),
            await db.Reviews.AsNoTracking().Where(r => r.ReviewedOn >= from && r.ReviewedOn <= to).ToListAsync(ct),
            await db.Plans.AsNoTracking().Where(p => (p.StartDate >= from && p.StartDate <= to) || (p.EndDate >= from && p.EndDate <= to)).ToListAsync(ct));
        return [.. measures.All.Select(m => new Line(m, m.Count(facts, period, today)))];
    }
}
