namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// A meeting is arranged or held only once offered to the family and accepted by them: family network
/// meetings are voluntary and family-led (Families First Partnership guide; Children Act 1989 s.31ZA: held
/// if at least one person offered accepts, whatever the others answer). The field is the step missing: the offer, or the family's answer.
/// </summary>
public sealed class MeetingIsAcceptedByTheFamily(FamilyNetworkMeetingRequest request) : IBusinessRule
{
    public bool IsBroken() => !request.Answers.Any(a => a.Accepted);
    public string Field => request.Offer is null ? "offer" : "answer";
    public RuleKind Kind => RuleKind.Unprocessable;
    public string Message => request switch
    {
        { Offer: null } => "The meeting has not been offered to the family yet.",
        { Status: RequestStatus.Declined } => "Everyone offered declined the meeting.",
        _ => "No one offered has accepted the meeting yet.",
    };
}
