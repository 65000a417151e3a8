namespace Macpt.Contracts.Advocacy;

/// <summary>An advocate was allocated to a parent who accepted the offer; conferences invite them.</summary>
public sealed record AdvocateAllocated(
    Guid AllocationId,
    Guid OfferId,
    Guid ParentId,
    Guid AdvocateId,
    Guid ProviderId,
    Guid? ReferralId,
    string LaChildId,
    DateTimeOffset AllocatedAt);
