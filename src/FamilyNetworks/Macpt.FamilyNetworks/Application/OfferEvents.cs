using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Domain;

namespace Macpt.FamilyNetworks.Application;

/// <summary>
/// The events an offer of a family network meeting publishes, built from the request: ids, dates, counts and codes.
/// Who was offered and why anyone declined stay here.
/// </summary>
public static class OfferEvents
{
    /// <summary>
    /// The offer, to how many people. No answer is due by a date: s.31ZA Children Act 1989 sets no timescale and this
    /// service keeps none, so <c>AnswerDueBy</c> is left empty.
    /// </summary>
    public static FamilyNetworkMeetingOffered Offered(FamilyNetworkMeetingRequest r) =>
        new(OfferId(r), r.Id, r.ReferralId, r.LaChildId, r.Offer!.OfferedOn, r.Offer.OfferedTo.Count);

    /// <summary>One person's answer, and whether the offer now needs no more (<see cref="MeetingGoesAheadIfAnyOneAccepts.IsSettled"/>).</summary>
    public static FamilyNetworkMeetingOfferAnswered Answered(FamilyNetworkMeetingRequest r, OfferAnswer answer) =>
        new(OfferId(r), r.Id, r.ReferralId, r.LaChildId, answer.AnsweredOn, answer.Accepted ? FamilyAnswers.Accepted : FamilyAnswers.Declined,
            MeetingGoesAheadIfAnyOneAccepts.IsSettled(r.Offer!, r.Answers));

    private static Guid OfferId(FamilyNetworkMeetingRequest r) => r.Offer!.Id ?? r.Id;
}
