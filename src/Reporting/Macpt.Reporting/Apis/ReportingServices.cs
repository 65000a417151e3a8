using Macpt.Reporting.Infrastructure;
using Macpt.ServiceDefaults.Security;
using Macpt.WorkingDays;

namespace Macpt.Reporting.Apis;

/// <summary>What the reporting endpoints share, bound from DI with <c>[AsParameters]</c>.</summary>
public sealed record ReportingServices(ReportingDbContext Db, TimeProvider Time, HttpContext Http)
{
    /// <summary>Whoever is asking, from the token.</summary>
    public Actor Actor => Http.Actor();

    /// <summary>Today in London: what "overdue" and "this week" are judged against.</summary>
    public DateOnly Today() => LondonClock.Today(Time);
}
