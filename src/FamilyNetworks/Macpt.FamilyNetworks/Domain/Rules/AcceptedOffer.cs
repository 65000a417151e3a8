namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// A meeting is arranged or held only once offered to the family and accepted by them: family network
/// meetings are voluntary and family-led.
/// </summary>
public static class AcceptedOffer
{
    public static RuleBreach? Missing(FamilyNetworkMeetingRequest request) => request switch
    {
        { Offer: null } => new RuleBreach("offer", "The meeting has not been offered to the family yet."),
        { Answer: null } => new RuleBreach("answer", "The family has not answered the offer yet."),
        { Answer.Accepted: false } => new RuleBreach("answer", "The family declined the meeting."),
        _ => null,
    };
}
