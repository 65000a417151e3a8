namespace Macpt.FamilyNetworks.Domain;

/// <summary>
/// Where an offer stands after each answer: the meeting goes ahead once any one person offered accepts, whatever the
/// others answer, before or after (Children Act 1989 s.31ZA, inserted by the Children's Wellbeing and Schools Act 2026
/// s.1: "if at least one of them accepts the offer, the meeting must be held before the application"); it is declined
/// only when every person offered has declined; until then it is awaiting answers.
/// </summary>
public static class MeetingGoesAheadIfAnyOneAccepts
{
    public static string StatusAfter(FamilyNetworkOffer offer, IReadOnlyCollection<OfferAnswer> answers) =>
        answers.Any(a => a.Accepted) ? RequestStatus.Accepted
        : offer.OfferedTo.All(p => answers.Any(a => a.PersonId == p.PersonId)) ? RequestStatus.Declined
        : RequestStatus.Offered;

    /// <summary>
    /// Whether the offer needs no more answers: one acceptance is enough for the meeting to go ahead, and once everyone
    /// offered has answered there is no one left to ask. Until then an answer is awaited.
    /// </summary>
    public static bool IsSettled(FamilyNetworkOffer offer, IReadOnlyCollection<OfferAnswer> answers) =>
        answers.Any(a => a.Accepted) || offer.OfferedTo.All(p => answers.Any(a => a.PersonId == p.PersonId));

    /// <summary>The day the meeting was first accepted, from which it may be dated and held.</summary>
    public static DateOnly? AcceptedOn(IReadOnlyCollection<OfferAnswer> answers) =>
        answers.Where(a => a.Accepted).Select(a => (DateOnly?)a.AnsweredOn).Min();
}
