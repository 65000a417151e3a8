namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>A meeting is given a date once the family has accepted, on or after the day they did.</summary>
public static class MeetingDateRule
{
    public static RuleBreach? Check(FamilyNetworkMeetingRequest request, DateOnly date)
    {
        if (AcceptedOffer.Missing(request) is { } missing) return missing;
        if (date < request.Answer!.AnsweredOn) return new RuleBreach("scheduledFor", "The meeting is dated before the family accepted it.");
        return null;
    }
}
