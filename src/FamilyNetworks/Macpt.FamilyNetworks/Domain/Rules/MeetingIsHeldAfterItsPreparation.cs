namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// A meeting is held after the family was offered it and accepted, with a coordinator allocated beforehand
/// to prepare the family and the network (Families First Partnership guide: preparation, information and a
/// safe setting). The field is what is out of order: the meeting's date, or the missing coordinator.
/// Follows <see cref="MeetingIsAcceptedByTheFamily"/>.
/// </summary>
public sealed class MeetingIsHeldAfterItsPreparation(FamilyNetworkMeetingRequest request, DateOnly heldOn) : IBusinessRule
{
    private (string Field, string Message)? Broken => request switch
    {
        { Offer: { } offer } when heldOn < offer.OfferedOn => ("heldOn", "The meeting is dated before it was offered."),
        { AcceptedOn: { } acceptedOn } when heldOn < acceptedOn => ("heldOn", "The meeting is dated before the family accepted it."),
        { Coordinator: null } => ("coordinator", "No coordinator was allocated to prepare the meeting."),
        { Coordinator: { } coordinator } when heldOn < coordinator.AllocatedOn => ("heldOn", "The meeting is dated before its coordinator was allocated."),
        _ => null,
    };

    public bool IsBroken() => Broken is not null;
    public string Field => Broken?.Field ?? "heldOn";
    public RuleKind Kind => RuleKind.Unprocessable;
    public string Message => Broken?.Message ?? "The meeting follows its offer, its acceptance and its coordinator's allocation.";
}
