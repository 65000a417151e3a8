using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

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

    /// <summary>
    /// The advocate starts acting for the parent: only with consent, in an open episode, one advocate at a time
    /// (<paramref name="hasActiveAllocation"/> is a query's answer), and within the advocate's capacity.
    /// </summary>
    public static Allocation Make(Guid id, AdvocacyOffer offer, Episode episode, bool hasActiveAllocation, Advocate advocate, string allocatedBy, DateTimeOffset now)
    {
        Rule.Check(new AllocationNeedsConsent(offer), new AllocationNeedsAnOpenEpisode(episode), new OneAdvocateAtATime(hasActiveAllocation));
        advocate.TakeCase();
        return new()
        {
            Id = id,
            OfferId = offer.Id,
            ParentId = offer.ParentId,
            EpisodeId = offer.EpisodeId,
            AdvocateId = advocate.Id,
            ProviderId = advocate.ProviderId,
            ReferralId = offer.ReferralId,
            LaChildId = offer.LaChildId,
            AllocatedAt = now,
            AllocatedBy = allocatedBy,
        };
    }

    public void End(DateTimeOffset at, string reason)
    {
        Rule.Check(new AllocationEndsOnce(this));
        EndedAt = at;
        EndReason = reason;
    }
}
