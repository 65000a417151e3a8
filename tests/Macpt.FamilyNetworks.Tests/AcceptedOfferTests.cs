using Macpt.FamilyNetworks.Domain.Rules;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>A meeting is arranged only once offered and accepted; it is dated on or after the acceptance.</summary>
public sealed class AcceptedOfferTests
{
    [Fact]
    public void Not_offered_not_answered_and_declined_each_block_the_meeting()
    {
        RuleAssert.Broken(AcceptedOffer.Missing(Requests.New()), "offer");
        RuleAssert.Broken(AcceptedOffer.Missing(Requests.Offered()), "answer");
        RuleAssert.Broken(AcceptedOffer.Missing(Requests.Answered(accepted: false)), "answer");
        Assert.Null(AcceptedOffer.Missing(Requests.Answered(accepted: true)));
    }

    [Fact]
    public void A_date_is_set_on_or_after_the_acceptance_even_in_the_future()
    {
        var accepted = Requests.Answered(accepted: true, answeredOn: "2026-11-18");
        Assert.Null(MeetingDateRule.Check(accepted, D("2026-11-18")));
        Assert.Null(MeetingDateRule.Check(accepted, D("2027-01-10")));
        RuleAssert.Broken(MeetingDateRule.Check(accepted, D("2026-11-17")), "scheduledFor");
        RuleAssert.Broken(MeetingDateRule.Check(Requests.Offered(), D("2026-11-30")), "answer");
    }
}
