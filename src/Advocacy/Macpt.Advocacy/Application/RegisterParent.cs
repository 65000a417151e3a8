using Macpt.Advocacy.Apis;
using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;
using Macpt.Persistence;

namespace Macpt.Advocacy.Application;

/// <summary>
/// Registers a parent of a child once per Idempotency-Key. If the child has an open episode the parent is offered an
/// advocate at once (<c>AdvocacyOffered</c>) in the same transaction, under the <see cref="ChildLock"/> that the
/// events opening episodes also take, so a parent registered while one is applied is never missed by both.
/// </summary>
public sealed class RegisterParent(AdvocacyDbContext db, IdempotentCreation<AdvocacyDbContext> idempotency, AdvocacyOffers offers, TimeProvider time)
{
    public const string Operation = "advocacy.parents.create";

    /// <returns>The new (or, on a replay, the earlier) parent's id.</returns>
    public async Task<Idempotent<Guid>> RunAsync(string idempotencyKey, RegisterParentRequest r, string registeredBy, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ChildLock.AcquireAsync(db, r.LaChildId!, ct);
        var outcome = await idempotency.CreateAsync(Operation, idempotencyKey, r, async ct =>
        {
            var now = time.GetUtcNow();
            var parent = Parent.Register(Guid.CreateVersion7(now), r.LaChildId!, r.Name!.Trim(), r.Relationship!, r.Language!,
                r.InterpreterNeeded ?? false, r.ContactPreferences!.Select(c => c!), r.Phone?.Trim(), r.Email?.Trim(), r.Address?.Trim(), registeredBy, now);
            db.Parents.Add(parent);
            await offers.OfferToNewParentAsync(parent, ct);
            return (parent.Id.ToString(), parent.Id);
        }, (id, _) => Task.FromResult(Guid.Parse(id)), ct);
        await tx.CommitAsync(ct);
        return outcome;
    }
}
