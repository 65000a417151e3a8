using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Rules;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests.Rules;

/// <summary>The core group includes the Family Help lead practitioner as its one key worker, and the allocated LCPP.</summary>
public sealed class CoreGroupHasKeyWorkerAndLcppTests
{
    private static readonly CoreGroupMember Lead = new("fh-1", Macpt.Contracts.Agencies.FamilyHelp, CoreGroupRoles.FamilyHelpLead, KeyWorker: true);
    private static readonly CoreGroupMember Lcpp = new("lcpp-3", Macpt.Contracts.Agencies.LocalAuthority, CoreGroupRoles.Lcpp, KeyWorker: false);
    private static readonly CoreGroupMember Nurse = new("nhs-5", Macpt.Contracts.Agencies.Health, CoreGroupRoles.Member, KeyWorker: false);

    [Fact]
    public void The_family_help_lead_as_key_worker_and_the_allocated_lcpp_make_a_core_group() =>
        RuleAssert.Holds(new CoreGroupHasKeyWorkerAndLcpp([Lead, Lcpp, Nurse], "LCPP-3"));

    public static TheoryData<CoreGroupMember[]> WithoutOneKeyWorker => new()
    {
        new[] { Lead with { KeyWorker = false }, Lcpp },
        new[] { Lead with { KeyWorker = false }, Lcpp, Nurse with { KeyWorker = true } },
        new[] { Lead, Lead with { PractitionerId = "fh-2" }, Lcpp },
    };

    [Theory]
    [MemberData(nameof(WithoutOneKeyWorker))]
    public void Without_exactly_one_key_worker_who_is_the_family_help_lead_it_is_refused(CoreGroupMember[] members)
    {
        var rule = new CoreGroupHasKeyWorkerAndLcpp(members, "lcpp-3");
        RuleAssert.Broken(rule, "plan.coreGroup", RuleKind.Unprocessable);
        Assert.DoesNotContain("allocated LCPP", rule.Message);
    }

    [Fact]
    public void Another_lcpp_than_the_allocated_one_is_refused() =>
        Assert.Equal("The core group needs the allocated LCPP.", new CoreGroupHasKeyWorkerAndLcpp([Lead, Lcpp with { PractitionerId = "lcpp-9" }], "lcpp-3").Message);

    [Fact]
    public void Both_missing_are_named()
    {
        var rule = new CoreGroupHasKeyWorkerAndLcpp([Nurse], "lcpp-3");
        RuleAssert.Broken(rule, "plan.coreGroup");
        Assert.Contains("key worker", rule.Message);
        Assert.Contains("allocated LCPP", rule.Message);
    }
}
