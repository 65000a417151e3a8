namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// A family plan is what the network makes at its meeting, in private family time (Families First
/// Partnership guide; Children Act 1989 s.31ZA: the meeting's output is the network's proposal).
/// </summary>
public sealed class PlanIsMadeAtAHeldMeeting(FamilyNetworkMeetingRequest request) : BusinessRule("meeting")
{
    public override bool IsBroken() => request.Meeting is null;
    public override string Message => "A family plan is made at a meeting: the meeting has not been recorded as held.";
}
