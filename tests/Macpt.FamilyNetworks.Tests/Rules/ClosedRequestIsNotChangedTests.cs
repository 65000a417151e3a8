using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>A request closed before its meeting takes no offer, answer, coordinator, date or meeting.</summary>
public sealed class ClosedRequestIsNotChangedTests
{
    [Fact]
    public void An_open_request_holds() => RuleAssert.Holds(new ClosedRequestIsNotChanged(Offered()));

    [Fact]
    public void A_closed_request_refuses_every_step()
    {
        RuleAssert.Broken(new ClosedRequestIsNotChanged(Closed()), "status", RuleKind.Conflict);
        RuleAssert.Refuses<ClosedRequestIsNotChanged>(() => Closed().RecordAnswer(Answer(true), Today), "status");
        RuleAssert.Refuses<ClosedRequestIsNotChanged>(() => Closed().Allocate(Coordinator(), Today), "status");
        RuleAssert.Refuses<ClosedRequestIsNotChanged>(() => Closed().Schedule(D("2026-11-30")), "status");
        RuleAssert.Refuses<ClosedRequestIsNotChanged>(() => Hold(Closed()), "status");
    }
}
