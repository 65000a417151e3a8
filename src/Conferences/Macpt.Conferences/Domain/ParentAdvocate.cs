namespace Macpt.Conferences.Domain;

/// <summary>
/// This service's projection of an advocate allocated to a parent (from the advocacy service's events):
/// conferences about the child invite the advocate until the advocacy ends. An end may arrive first.
/// </summary>
public sealed class ParentAdvocate
{
    private ParentAdvocate() { }

    public Guid AllocationId { get; private init; }
    public Guid ParentId { get; private init; }
    public Guid AdvocateId { get; private init; }
    public string LaChildId { get; private init; } = "";
    public Guid? ReferralId { get; private init; }
    public DateTimeOffset? AllocatedAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }

    public static ParentAdvocate Allocated(Guid allocationId, Guid parentId, Guid advocateId, string laChildId, Guid? referralId, DateTimeOffset at) =>
        new() { AllocationId = allocationId, ParentId = parentId, AdvocateId = advocateId, LaChildId = laChildId, ReferralId = referralId, AllocatedAt = at };

    public static ParentAdvocate EndedBeforeAllocation(Guid allocationId, Guid parentId, Guid advocateId, string laChildId, Guid? referralId, DateTimeOffset at) =>
        new() { AllocationId = allocationId, ParentId = parentId, AdvocateId = advocateId, LaChildId = laChildId, ReferralId = referralId, EndedAt = at };

    public void MarkAllocated(DateTimeOffset at) => AllocatedAt ??= at;

    public void End(DateTimeOffset at) => EndedAt ??= at;
}
