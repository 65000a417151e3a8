using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>An advocate is allocated only to a parent who accepted and has not withdrawn consent.</summary>
public sealed class AllocationNeedsConsentTests
{
    [Fact]
    public void An_accepted_offer_may_be_allocated() => RuleAssert.Holds(new AllocationNeedsConsent(Build.Accepted()));

    [Fact]
    public void An_unanswered_offer_may_not() => RuleAssert.Broken(new AllocationNeedsConsent(Build.Offer()), "status", RuleKind.Conflict);

    [Fact]
    public void A_declined_offer_may_not() => RuleAssert.Broken(new AllocationNeedsConsent(Build.Declined()), "status", RuleKind.Conflict);

    [Fact]
    public void After_consent_is_withdrawn_no_advocate_is_allocated() =>
        RuleAssert.Broken(new AllocationNeedsConsent(Build.Withdrawn()), "status", RuleKind.Conflict);

    [Fact]
    public void The_allocation_is_refused_without_consent_and_the_advocate_keeps_the_place()
    {
        var advocate = Build.Advocate(capacity: 1);
        RuleAssert.Refuses<AllocationNeedsConsent>(
            () => Domain.Allocation.Make(Guid.NewGuid(), Build.Offer(), Build.Episode(), false, advocate, "sw-1", Build.Now), "status");
        Assert.Equal(0, advocate.OpenCases);
    }
}
