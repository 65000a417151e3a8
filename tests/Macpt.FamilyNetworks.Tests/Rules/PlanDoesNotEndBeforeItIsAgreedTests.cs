using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>A plan (agreed 20 November) ends from the day it was agreed to today.</summary>
public sealed class PlanDoesNotEndBeforeItIsAgreedTests
{
    [Fact]
    public void An_end_from_the_agreement_holds() => RuleAssert.Holds(new PlanDoesNotEndBeforeItIsAgreed(Plan("2026-11-20"), D("2026-11-20")));

    [Fact]
    public void An_end_before_the_agreement_is_refused() =>
        RuleAssert.Broken(new PlanDoesNotEndBeforeItIsAgreed(Plan("2026-11-20"), D("2026-11-19")), "endedOn", RuleKind.Unprocessable);

    [Fact]
    public void A_plan_refuses_an_end_before_it_or_tomorrow()
    {
        RuleAssert.Refuses<PlanDoesNotEndBeforeItIsAgreed>(() => Plan("2026-11-20").End(new FamilyPlanEnding(D("2026-11-19"), FamilyPlanEndReasons.Achieved, "lcpp-1", default), Today), "endedOn");
        RuleAssert.Refuses<RecordedDateIsNotInTheFuture>(() => Plan("2026-11-20").End(new FamilyPlanEnding(D("2026-11-26"), FamilyPlanEndReasons.Achieved, "lcpp-1", default), Today), "endedOn");
    }
}
