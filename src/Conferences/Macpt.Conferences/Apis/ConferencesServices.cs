using Macpt.Conferences.Infrastructure;
using Macpt.WorkingDays;

namespace Macpt.Conferences.Apis;

/// <summary>What the conference endpoints share, bound from DI with <c>[AsParameters]</c>.</summary>
public sealed record ConferencesServices(ConferencesDbContext Db, TimeProvider Time, WorkingDayCalendar Calendar);
