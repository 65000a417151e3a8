using Macpt.Advocacy.Infrastructure;
using Macpt.Messaging.Outbox;
using Macpt.Persistence;
using Macpt.ServiceDefaults.Security;
using Macpt.WorkingDays;

namespace Macpt.Advocacy.Apis;

/// <summary>What the advocacy endpoints share, bound from DI with <c>[AsParameters]</c>.</summary>
public sealed record AdvocacyServices(AdvocacyDbContext Db, IOutbox Outbox, TimeProvider Time, WorkingDayCalendar Calendar, IdempotentCreation<AdvocacyDbContext> Idempotency,
    HttpContext Http)
{
    /// <summary>Whoever is acting, from the token: the one source of "who did this" on every record.</summary>
    public string ActorId => Http.Actor().Id;

    /// <summary>Today in London, the day dates in requests are judged against.</summary>
    public DateOnly Today() => LondonClock.Today(Time);
}
