using Macpt.Referrals.Apis;
using Macpt.Referrals.Domain;
using Macpt.Referrals.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Referrals.Tests;

/// <summary>
/// A partner agency's referral is received when it is sent, so its one-working-day decision clock cannot be moved
/// earlier; the local authority's front door may record a referral it took earlier. Its answer leaves out history.
/// </summary>
public sealed class PartnerReferralIsNotBackDatedTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly Submitter Police = new("police-portal", "police", "police-portal");
    private static readonly Submitter FrontDoor = new("mash-front-door", "local-authority", "mash-front-door");

    private static Referral Receive(DateTimeOffset receivedAt, Submitter by, Guid? previous = null) => Referral.Receive(
        Guid.NewGuid(), "RB123456", new Child("Alex", "Smith", new DateOnly(2019, 3, 14), null, "1", "WBRI", null, null, null, null, false), "5A",
        "Disclosure to an officer.", receivedAt, Now, new DateOnly(2026, 11, 26), previousReferralId: previous, submittedBy: by);

    [Fact]
    public void A_partner_referral_received_now_or_within_the_clock_tolerance_holds()
    {
        RuleAssert.Holds(new PartnerReferralIsNotBackDated(Police, Now, Now));
        RuleAssert.Holds(new PartnerReferralIsNotBackDated(Police, Now - PartnerReferralIsNotBackDated.ClockTolerance, Now));
    }

    [Fact]
    public void A_partner_referral_dated_earlier_than_that_breaks_the_rule_on_received_at() =>
        RuleAssert.Broken(new PartnerReferralIsNotBackDated(Police, Now.AddMinutes(-6), Now), "receivedAt", RuleKind.Unprocessable);

    [Fact]
    public void The_front_door_may_record_a_referral_it_took_earlier()
    {
        RuleAssert.Holds(new PartnerReferralIsNotBackDated(FrontDoor, Now.AddHours(-3), Now));
        Assert.Equal(Now.AddHours(-3), Receive(Now.AddHours(-3), FrontDoor).ReceivedAt);
    }

    [Fact]
    public void Receiving_a_back_dated_partner_referral_is_refused() =>
        RuleAssert.Refuses<PartnerReferralIsNotBackDated>(() => Receive(Now.AddHours(-3), Police), "receivedAt");

    [Fact]
    public void A_partner_answer_carries_no_re_referral_history_but_the_front_doors_does()
    {
        var previous = Guid.NewGuid();
        var partner = ReferralCreated.For(Receive(Now, Police, previous), Police);
        var frontDoor = ReferralCreated.For(Receive(Now, FrontDoor, previous), FrontDoor);

        Assert.Null(partner.IsReReferral);
        Assert.Null(partner.PreviousReferralId);
        Assert.True(frontDoor.IsReReferral);
        Assert.Equal(previous, frontDoor.PreviousReferralId);
    }
}
