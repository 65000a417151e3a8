using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;

namespace Macpt.Conferences.Tests;

/// <summary>The core group includes the Family Help lead practitioner as its one key worker, and the allocated LCPP.</summary>
public sealed class CoreGroupCompositionTests
{
    private static readonly CoreGroupMember Lead = new("fh-1", Agencies.FamilyHelp, CoreGroupRoles.FamilyHelpLead, KeyWorker: true);
    private static readonly CoreGroupMember Lcpp = new("lcpp-3", Agencies.LocalAuthority, CoreGroupRoles.Lcpp, KeyWorker: false);
    private static readonly CoreGroupMember Nurse = new("nhs-5", Agencies.Health, CoreGroupRoles.Member, KeyWorker: false);

    [Fact]
    public void The_family_help_lead_as_key_worker_and_the_allocated_lcpp_make_a_core_group() =>
        Assert.Empty(CoreGroupComposition.MissingFrom([Lead, Lcpp, Nurse], "lcpp-3"));

    [Fact]
    public void Without_a_key_worker_it_is_refused() =>
        Assert.Single(CoreGroupComposition.MissingFrom([Lead with { KeyWorker = false }, Lcpp], "lcpp-3"));

    [Fact]
    public void A_key_worker_who_is_not_the_family_help_lead_is_refused() =>
        Assert.Single(CoreGroupComposition.MissingFrom([Lead with { KeyWorker = false }, Lcpp, Nurse with { KeyWorker = true }], "lcpp-3"));

    [Fact]
    public void Two_key_workers_are_refused() =>
        Assert.Single(CoreGroupComposition.MissingFrom([Lead, Lead with { PractitionerId = "fh-2" }, Lcpp], "lcpp-3"));

    [Fact]
    public void Another_lcpp_than_the_allocated_one_is_refused() =>
        Assert.Equal(["the allocated LCPP"], CoreGroupComposition.MissingFrom([Lead, Lcpp with { PractitionerId = "lcpp-9" }], "lcpp-3"));

    [Fact]
    public void Both_missing_are_named() => Assert.Equal(2, CoreGroupComposition.MissingFrom([Nurse], "lcpp-3").Count);
}
