namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// A meeting is recorded as held only after the family accepted the offer, with a coordinator allocated
/// to prepare it, and not in the future.
/// </summary>
public static class MeetingHeldRule
{
    public static RuleBreach? Check(FamilyNetworkMeetingRequest request, DateOnly heldOn, DateOnly today)
    {
        if (RecordedDate.NotInFuture("heldOn", heldOn, today) is { } future) return future;
        if (AcceptedOffer.Missing(request) is { } missing) return missing;
        if (heldOn < request.Offer!.OfferedOn) return new RuleBreach("heldOn", "The meeting is dated before it was offered.");
        if (heldOn < request.Answer!.AnsweredOn) return new RuleBreach("heldOn", "The meeting is dated before the family accepted it.");
        if (request.Coordinator is null) return new RuleBreach("coordinator", "No coordinator was allocated to prepare the meeting.");
        if (heldOn < request.Coordinator.AllocatedOn) return new RuleBreach("heldOn", "The meeting is dated before its coordinator was allocated.");
        return null;
    }
}
