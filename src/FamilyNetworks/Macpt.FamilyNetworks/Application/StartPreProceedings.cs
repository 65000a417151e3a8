using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Macpt.FamilyNetworks.Application;

/// <summary>
/// Starts a child's pre-proceedings: one at a time (<see cref="OnePreProceedingsAtATime"/>, which needs the query), announced
/// with <see cref="Contracts.FamilyNetworks.PreProceedingsRecorded"/>. The caller saves.
/// </summary>
public sealed class StartPreProceedings(FamilyNetworksDbContext db, IOutbox outbox, PreProceedingsCensus census)
{
    public async Task<(PreProceedings Record, CensusBlock Census)> RunAsync(string laChildId, Guid referralId, DateOnly startDate, LegalPlanningMeeting meeting,
        string startedBy, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var anotherIsOpen = await db.PreProceedings.AnyAsync(p => p.LaChildId == laChildId && p.ConcludedOn == null, ct);
        var record = PreProceedings.Start(Guid.CreateVersion7(now), laChildId, referralId, startDate, meeting, anotherIsOpen, startedBy, now, today);
        db.PreProceedings.Add(record);
        var block = await census.ForAsync(record, ct);
        outbox.Add(PreProceedingsCensus.Announce(record, block));
        return (record, block);
    }
}
