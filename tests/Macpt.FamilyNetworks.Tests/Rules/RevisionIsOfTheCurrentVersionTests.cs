using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>A revision replaces the current version, not a stale one.</summary>
public sealed class RevisionIsOfTheCurrentVersionTests
{
    [Fact]
    public void A_revision_of_the_current_version_holds() => RuleAssert.Holds(new RevisionIsOfTheCurrentVersion(Plan(), 1));

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void A_revision_of_another_version_conflicts(int version) =>
        RuleAssert.Broken(new RevisionIsOfTheCurrentVersion(Plan(), version), "revisesVersion", RuleKind.Conflict);

    [Fact]
    public void A_plan_refuses_a_second_revision_of_the_same_version()
    {
        var plan = Plan();
        plan.Revise(1, Terms("2026-11-24", "2027-01-24"), Today);
        RuleAssert.Refuses<RevisionIsOfTheCurrentVersion>(() => plan.Revise(1, Terms("2026-11-24", "2027-01-24"), Today), "revisesVersion");
        Assert.Equal(2, plan.Version);
    }
}
