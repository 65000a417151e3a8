namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>The family answers an offer that was made, on or after the day it was made.</summary>
public static class AnswerRule
{
    public static RuleBreach? Check(FamilyNetworkMeetingRequest request, DateOnly answeredOn, DateOnly today)
    {
        if (request.Offer is not { } offer) return new RuleBreach("offer", "The meeting has not been offered to the family yet.");
        if (RecordedDate.NotInFuture("answeredOn", answeredOn, today) is { } future) return future;
        if (answeredOn < offer.OfferedOn) return new RuleBreach("answeredOn", "The answer is dated before the offer.");
        return null;
    }
}
