using Macpt.Enquiries.Infrastructure;
using Macpt.Messaging.Outbox;
using Macpt.WorkingDays;

namespace Macpt.Enquiries.Apis;

/// <summary>What the enquiries endpoints work with, bound from DI by <c>[AsParameters]</c>.</summary>
public sealed record EnquiriesServices(EnquiriesDbContext Db, IOutbox Outbox, TimeProvider Time, WorkingDayCalendar Calendar)
{
    public DateOnly Today => LondonClock.Today(Time);
}
