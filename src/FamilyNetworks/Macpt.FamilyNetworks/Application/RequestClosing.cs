using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Macpt.FamilyNetworks.Application;

/// <summary>
/// Closes the child's open child protection requests when the process ends (<see cref="ExitClosesTheChildProtectionRequests"/>),
/// each announced (<see cref="FamilyNetworkMeetingRequestClosed"/>) in the consumer's unit of work, which the inbox saves:
/// a redelivered exit finds them closed and does nothing.
/// </summary>
public sealed class RequestClosing(FamilyNetworksDbContext db, IOutbox outbox, TimeProvider time)
{
    public async Task<IReadOnlyList<FamilyNetworkMeetingRequest>> CloseAsync(ProcessExit exit, CancellationToken ct)
    {
        var open = RequestStatus.Open.ToList();
        var stages = ExitClosesTheChildProtectionRequests.Stages.ToList();
        var candidates = await db.MeetingRequests
            .Where(r => r.LaChildId == exit.LaChildId && open.Contains(r.Status) && stages.Contains(r.Stage))
            .ToListAsync(ct);
        var closing = candidates.Where(r => !new ExitClosesTheChildProtectionRequests(r, exit).IsBroken()).ToList();
        var now = time.GetUtcNow();
        foreach (var request in closing)
        {
            request.CloseAtExit(exit, now);
            outbox.Add(new FamilyNetworkMeetingRequestClosed(request.Id, request.ReferralId, request.LaChildId, request.Stage, exit.EndedOn, exit.Reason));
        }
        return closing;
    }
}
