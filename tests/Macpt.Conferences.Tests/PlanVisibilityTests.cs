using Macpt.Conferences.Application;
using Macpt.Conferences.Domain;
using Macpt.Contracts;
using Macpt.ServiceDefaults.Security;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests;

/// <summary>A partner reads the plans whose core group includes it or whose outline plan gives it an action; the local authority reads all.</summary>
public sealed class PlanVisibilityTests
{
    private static readonly ChildProtectionPlan FamilyHelpOnly = StartedPlan();
    private static readonly ChildProtectionPlan WithPolice = PlanWith(
        [new CoreGroupMember("fh-1", Agencies.FamilyHelp, CoreGroupRoles.FamilyHelpLead, true), new CoreGroupMember("lcpp-03", Agencies.LocalAuthority, CoreGroupRoles.Lcpp, false),
            new CoreGroupMember("pol-1", Agencies.Police, CoreGroupRoles.Member, false)],
        Agencies.Education);

    private static readonly IQueryable<ChildProtectionPlan> Plans = new[] { FamilyHelpOnly, WithPolice }.AsQueryable();

    [Fact]
    public void The_local_authority_reads_every_plan() =>
        Assert.Equal([FamilyHelpOnly.Id, WithPolice.Id], Plans.VisibleTo(Caller(Agencies.LocalAuthority, MacptClaims.PractitionerKind)).Select(p => p.Id));

    [Theory]
    [InlineData(MacptClaims.SystemKind)]
    [InlineData(MacptClaims.PractitionerKind)]
    public void A_partner_reads_the_plans_whose_core_group_includes_it(string kind) =>
        Assert.Equal([WithPolice.Id], Plans.VisibleTo(Caller(Agencies.Police, kind)).Select(p => p.Id));

    [Fact]
    public void A_partner_owning_an_action_reads_that_plan_and_one_in_neither_reads_none()
    {
        Assert.Equal([WithPolice.Id], Plans.VisibleTo(Caller(Agencies.Education, MacptClaims.SystemKind)).Select(p => p.Id));
        Assert.Empty(Plans.VisibleTo(Caller(Agencies.Health, MacptClaims.SystemKind)));
    }

    private static Actor Caller(string agency, string kind) => new($"{agency}-1", kind, $"{agency}-portal", agency, null, new HashSet<string>());

    private static ChildProtectionPlan PlanWith(List<CoreGroupMember> coreGroup, string actionOwner)
    {
        var conference = ArrangedInitial();
        var decision = Decision() with
        {
            CoreGroup = coreGroup,
            OutlinePlan = new OutlinePlan([new PlanOutcome("Safe at home.")], [new PlanAction("Visits.", actionOwner, D("2027-01-31"))]),
        };
        conference.HoldInitial(Outcome("2026-11-30"), decision, Calendar);
        return ChildProtectionPlan.Start(Guid.NewGuid(), conference, [], Calendar, Now);
    }
}
