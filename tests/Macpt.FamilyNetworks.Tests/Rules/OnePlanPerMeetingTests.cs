using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>A meeting makes one plan; later changes are revisions.</summary>
public sealed class OnePlanPerMeetingTests
{
    [Fact]
    public void A_first_plan_holds() => RuleAssert.Holds(new OnePlanPerMeeting(meetingHasAPlan: false));

    [Fact]
    public void A_second_plan_conflicts() => RuleAssert.Broken(new OnePlanPerMeeting(meetingHasAPlan: true), "plan", RuleKind.Conflict);
}
