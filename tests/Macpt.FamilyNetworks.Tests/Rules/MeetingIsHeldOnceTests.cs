using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>A meeting is recorded once, and once held is not re-dated or re-coordinated.</summary>
public sealed class MeetingIsHeldOnceTests
{
    [Fact]
    public void A_meeting_not_yet_held_holds() => RuleAssert.Holds(new MeetingIsHeldOnce(Prepared(), "heldOn"));

    [Fact]
    public void A_held_meeting_conflicts_on_the_field_named() =>
        RuleAssert.Broken(new MeetingIsHeldOnce(Held(), "scheduledFor"), "scheduledFor", RuleKind.Conflict);

    [Fact]
    public void The_request_refuses_a_second_meeting_a_new_coordinator_and_a_new_date_once_held()
    {
        RuleAssert.Refuses<MeetingIsHeldOnce>(() => Hold(Held()), "heldOn");
        RuleAssert.Refuses<MeetingIsHeldOnce>(() => Held().Allocate(Coordinator("2026-11-21"), Today), "coordinatorId");
        RuleAssert.Refuses<MeetingIsHeldOnce>(() => Held().Schedule(D("2026-11-30")), "scheduledFor");
    }
}
