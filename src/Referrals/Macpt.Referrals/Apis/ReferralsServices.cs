using Macpt.Messaging.Outbox;
using Macpt.Referrals.Infrastructure;
using Macpt.WorkingDays;

namespace Macpt.Referrals.Apis;

/// <summary>What the referrals and consultations endpoints are given, each bound from DI by <c>[AsParameters]</c>.</summary>
public sealed record ReferralsServices(ReferralsDbContext Db, IOutbox Outbox, TimeProvider Time, WorkingDayCalendar Calendar);
