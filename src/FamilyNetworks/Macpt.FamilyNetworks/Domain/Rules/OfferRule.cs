using Macpt.Contracts.FamilyNetworks;

namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// When an offer can be recorded. Before proceedings the offer must be stated in the letter before
/// proceedings (Children Act 1989 s.31ZA), so its date is required then and only then.
/// </summary>
public static class OfferRule
{
    public static RuleBreach? Check(FamilyNetworkMeetingRequest request, DateOnly offeredOn, DateOnly? letterOn, DateOnly today)
    {
        if (RecordedDate.NotInFuture("offeredOn", offeredOn, today) is { } future) return future;
        if (offeredOn < Macpt.WorkingDays.LondonClock.ToLondonDate(request.RequestedAt))
            return new RuleBreach("offeredOn", "The offer is dated before the meeting was asked for.");
        var preProceedings = request.Stage == FamilyNetworkStages.PreProceedings;
        if (preProceedings && letterOn is null)
            return new RuleBreach("letterBeforeProceedingsOn", "A pre-proceedings offer must be stated in the letter before proceedings: its date is required.");
        if (!preProceedings && letterOn is not null)
            return new RuleBreach("letterBeforeProceedingsOn", "Only a pre-proceedings offer is made in a letter before proceedings.");
        if (letterOn is { } letter && RecordedDate.NotInFuture("letterBeforeProceedingsOn", letter, today) is { } letterFuture) return letterFuture;
        return null;
    }
}
