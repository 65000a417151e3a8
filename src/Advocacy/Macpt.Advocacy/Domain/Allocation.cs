namespace Macpt.Advocacy.Domain;

/// <summary>
/// An advocate acting for a parent who accepted the offer, until the episode ends, the parent withdraws
/// consent or the advocate leaves (<see cref="Contracts.Advocacy.AdvocacyEndReasons"/>). At most one is
/// active per offer; a re-allocation is a new allocation after the old one ended.
/// </summary>
public sealed class Allocation
{
    private Allocation() { }

    public Guid Id { get; private init; }
    public Guid OfferId { get; private init; }
    public Guid ParentId { get; private init; }
    public Guid EpisodeId { get; private init; }
    public Guid AdvocateId { get; private init; }
    public Guid ProviderId { get; private init; }
    public Guid? ReferralId { get; private init; }
    public string LaChildId { get; private init; } = "";
    public DateTimeOffset AllocatedAt { get; private init; }
    public string AllocatedBy { get; private init; } = "";
    public DateTimeOffset? EndedAt { get; private set; }
    public string? EndReason { get; private set; }

    public bool IsActive => EndedAt is null;

    public static Allocation Make(Guid id, AdvocacyOffer offer, Advocate advocate, string allocatedBy, DateTimeOffset now) => new()
    {
        Id = id, OfferId = offer.Id, ParentId = offer.ParentId, EpisodeId = offer.EpisodeId, AdvocateId = advocate.Id,
        ProviderId = advocate.ProviderId, ReferralId = offer.ReferralId, LaChildId = offer.LaChildId, AllocatedAt = now, AllocatedBy = allocatedBy,
    };

    public void End(DateTimeOffset at, string reason)
    {
        if (!IsActive) throw new InvalidOperationException("The allocation has already ended.");
        EndedAt = at;
        EndReason = reason;
    }
}
