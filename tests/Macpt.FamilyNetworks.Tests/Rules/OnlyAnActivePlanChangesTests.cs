using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>An ended plan is not reviewed, revised or ended again.</summary>
public sealed class OnlyAnActivePlanChangesTests
{
    [Fact]
    public void An_active_plan_holds() => RuleAssert.Holds(new OnlyAnActivePlanChanges(Plan()));

    [Fact]
    public void An_ended_plan_conflicts() => RuleAssert.Broken(new OnlyAnActivePlanChanges(Ended()), "status", RuleKind.Conflict);

    [Fact]
    public void An_ended_plan_refuses_a_review_a_revision_and_another_end()
    {
        RuleAssert.Refuses<OnlyAnActivePlanChanges>(() => Ended().Review(new FamilyPlanReview(D("2026-11-25"), "x", D("2026-12-25"), null, default), Today), "status");
        RuleAssert.Refuses<OnlyAnActivePlanChanges>(() => Ended().Revise(1, Terms("2026-11-25", "2026-12-25"), Today), "status");
        RuleAssert.Refuses<OnlyAnActivePlanChanges>(() => Ended().End(new FamilyPlanEnding(D("2026-11-25"), FamilyPlanEndReasons.Achieved, "x", default), Today), "status");
    }
}
