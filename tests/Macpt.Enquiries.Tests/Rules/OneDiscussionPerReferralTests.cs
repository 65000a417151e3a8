using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>One strategy discussion per referral (409 on referralId).</summary>
public sealed class OneDiscussionPerReferralTests
{
    [Fact]
    public void A_referral_without_a_discussion_holds() => RuleAssert.Holds(new OneDiscussionPerReferral(false));

    [Fact]
    public void A_referral_with_a_discussion_is_broken_as_a_conflict() => RuleAssert.Broken(new OneDiscussionPerReferral(true), "referralId", RuleKind.Conflict);
}
