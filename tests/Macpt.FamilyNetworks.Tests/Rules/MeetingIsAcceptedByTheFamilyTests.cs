using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>A meeting is arranged or held only once offered and accepted: not offered, not answered and declined each block it.</summary>
public sealed class MeetingIsAcceptedByTheFamilyTests
{
    [Fact]
    public void An_accepted_offer_holds() => RuleAssert.Holds(new MeetingIsAcceptedByTheFamily(Answered(accepted: true)));

    [Fact]
    public void The_field_names_the_missing_step()
    {
        RuleAssert.Broken(new MeetingIsAcceptedByTheFamily(New()), "offer", RuleKind.Unprocessable);
        RuleAssert.Broken(new MeetingIsAcceptedByTheFamily(Offered()), "answer", RuleKind.Unprocessable);
        RuleAssert.Broken(new MeetingIsAcceptedByTheFamily(Answered(accepted: false)), "answer", RuleKind.Unprocessable);
    }

    [Fact]
    public void The_request_refuses_a_date_or_a_meeting_the_family_has_not_accepted()
    {
        RuleAssert.Refuses<MeetingIsAcceptedByTheFamily>(() => Answered(false).Schedule(D("2026-11-30")), "answer");
        RuleAssert.Refuses<MeetingIsAcceptedByTheFamily>(() => Offered().Schedule(D("2026-11-30")), "answer");
        RuleAssert.Refuses<MeetingIsAcceptedByTheFamily>(() => Hold(New()), "offer");
        RuleAssert.Refuses<MeetingIsAcceptedByTheFamily>(() => Hold(Answered(false)), "answer");
    }
}
