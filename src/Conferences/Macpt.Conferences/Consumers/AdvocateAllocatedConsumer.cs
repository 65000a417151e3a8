using Macpt.Conferences.Domain;
using Macpt.Conferences.Infrastructure;
using Macpt.Contracts.Advocacy;
using Macpt.Messaging.Inbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Consumers;

/// <summary>An advocate allocated to a parent is invited to the child's conferences (see <c>ParentAdvocates</c>).</summary>
public sealed class AdvocateAllocatedConsumer(ConferencesDbContext db, TimeProvider time)
    : InboxConsumer<AdvocateAllocated, ConferencesDbContext>(db, time)
{
    protected override async Task HandleAsync(AdvocateAllocated message, ConsumeContext<AdvocateAllocated> context)
    {
        var held = await Db.ParentAdvocates.SingleOrDefaultAsync(a => a.AllocationId == message.AllocationId, context.CancellationToken);
        if (held is null)
            Db.ParentAdvocates.Add(ParentAdvocate.Allocated(message.AllocationId, message.ParentId, message.AdvocateId, message.LaChildId, message.ReferralId, message.AllocatedAt));
        else held.MarkAllocated(message.AllocatedAt); // the end arrived first: it stays ended
    }
}
