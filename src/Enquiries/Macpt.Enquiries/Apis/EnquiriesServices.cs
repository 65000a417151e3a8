using Macpt.Enquiries.Infrastructure;
using Macpt.Messaging.Outbox;
using Macpt.ServiceDefaults.Security;
using Macpt.WorkingDays;

namespace Macpt.Enquiries.Apis;

/// <summary>What the enquiries endpoints work with, bound by <c>[AsParameters]</c>: DI, and the request itself.</summary>
public sealed record EnquiriesServices(EnquiriesDbContext Db, IOutbox Outbox, TimeProvider Time, WorkingDayCalendar Calendar, HttpContext Http)
{
    public DateOnly Today => LondonClock.Today(Time);

    /// <summary>Whoever is acting, from the access token.</summary>
    public Actor Actor => Http.Actor();
}
