using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Outbox;
using Macpt.WorkingDays;

namespace Macpt.FamilyNetworks.Apis;

/// <summary>What a write endpoint needs, bound from DI with <c>[AsParameters]</c>.</summary>
public sealed record FamilyNetworksServices(FamilyNetworksDbContext Db, IOutbox Outbox, TimeProvider Time)
{
    public DateTimeOffset Now() => Time.GetUtcNow();

    /// <summary>Today in London, against which recorded dates are checked.</summary>
    public DateOnly Today() => LondonClock.Today(Time);
}
