using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>A family plan is made at a meeting that was held.</summary>
public sealed class PlanIsMadeAtAHeldMeetingTests
{
    [Fact]
    public void A_held_meeting_holds() => RuleAssert.Holds(new PlanIsMadeAtAHeldMeeting(Held()));

    [Fact]
    public void A_meeting_not_held_is_refused() => RuleAssert.Broken(new PlanIsMadeAtAHeldMeeting(Prepared()), "meeting", RuleKind.Unprocessable);

    [Fact]
    public void A_plan_is_not_agreed_before_its_meeting_is_held() =>
        RuleAssert.Refuses<PlanIsMadeAtAHeldMeeting>(() => FamilyPlan.Agree(Guid.NewGuid(), Prepared(), Terms(), AskedAt, Today), "meeting");
}
