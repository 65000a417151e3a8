using Macpt.Messaging.Outbox;
using Macpt.Referrals.Domain;
using Macpt.Referrals.Infrastructure;
using Macpt.ServiceDefaults.Security;
using Macpt.WorkingDays;

namespace Macpt.Referrals.Apis;

/// <summary>What the referrals and consultations endpoints are given, each bound by <c>[AsParameters]</c>: DI, and the request itself.</summary>
public sealed record ReferralsServices(ReferralsDbContext Db, IOutbox Outbox, TimeProvider Time, WorkingDayCalendar Calendar, HttpContext Http)
{
    /// <summary>Whoever is acting, from the access token.</summary>
    public Actor Actor => Http.Actor();

    /// <summary>The actor as the sender of a referral.</summary>
    public Submitter Submitter => new(Actor.Id, Actor.Agency, Actor.ClientId);
}
