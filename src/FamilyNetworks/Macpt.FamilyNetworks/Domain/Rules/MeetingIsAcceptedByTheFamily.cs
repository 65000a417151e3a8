namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// A meeting is arranged or held only once offered to the family and accepted by them: family network
/// meetings are voluntary and family-led (Families First Partnership guide; Children Act 1989 s.31ZA: held
/// if at least one parent accepts). The field is the step missing: the offer, or the family's answer.
/// </summary>
public sealed class MeetingIsAcceptedByTheFamily(FamilyNetworkMeetingRequest request) : IBusinessRule
{
    public bool IsBroken() => request.Answer is not { Accepted: true };
    public string Field => request.Offer is null ? "offer" : "answer";
    public RuleKind Kind => RuleKind.Unprocessable;
    public string Message => request switch
    {
        { Offer: null } => "The meeting has not been offered to the family yet.",
        { Answer: null } => "The family has not answered the offer yet.",
        _ => "The family declined the meeting.",
    };
}
