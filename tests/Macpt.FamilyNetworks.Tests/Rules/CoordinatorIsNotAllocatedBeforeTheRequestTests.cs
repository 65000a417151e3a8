using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>A coordinator is allocated from the day the meeting was asked for (16 November).</summary>
public sealed class CoordinatorIsNotAllocatedBeforeTheRequestTests
{
    [Fact]
    public void An_allocation_from_the_day_asked_holds() => RuleAssert.Holds(new CoordinatorIsNotAllocatedBeforeTheRequest(New(), D("2026-11-16")));

    [Fact]
    public void An_allocation_before_the_request_is_refused() =>
        RuleAssert.Broken(new CoordinatorIsNotAllocatedBeforeTheRequest(New(), D("2026-11-15")), "allocatedOn", RuleKind.Unprocessable);

    [Fact]
    public void The_request_refuses_an_allocation_before_it_or_tomorrow()
    {
        RuleAssert.Refuses<CoordinatorIsNotAllocatedBeforeTheRequest>(() => New().Allocate(Coordinator("2026-11-15"), Today), "allocatedOn");
        RuleAssert.Refuses<RecordedDateIsNotInTheFuture>(() => New().Allocate(Coordinator("2026-11-26"), Today), "allocatedOn");
    }
}
