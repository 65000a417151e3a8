using Macpt.Conferences.Domain;
using Macpt.Conferences.Infrastructure;
using Macpt.Contracts.Advocacy;
using Macpt.Messaging.Inbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Consumers;

/// <summary>An advocacy that ended: the advocate is no longer invited for that parent, from now on.</summary>
public sealed class AdvocacyEndedConsumer(ConferencesDbContext db, TimeProvider time)
    : InboxConsumer<AdvocacyEnded, ConferencesDbContext>(db, time)
{
    protected override async Task HandleAsync(AdvocacyEnded message, ConsumeContext<AdvocacyEnded> context)
    {
        var held = await Db.ParentAdvocates.SingleOrDefaultAsync(a => a.AllocationId == message.AllocationId, context.CancellationToken);
        if (held is null)
            Db.ParentAdvocates.Add(ParentAdvocate.EndedBeforeAllocation(message.AllocationId, message.ParentId, message.AdvocateId, message.LaChildId, message.ReferralId, message.EndedAt));
        else held.End(message.EndedAt);
    }
}
