using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Timescales;
using Macpt.Contracts.Advocacy;
using Macpt.WorkingDays;

namespace Macpt.Advocacy.Application;

/// <summary>The events an advocacy offer publishes, built from its record: ids, dates and codes only.</summary>
public static class OfferEvents
{
    /// <summary>The offer, with the date by which an answer is due before it is followed up (<see cref="UnansweredOfferDeadline"/>).</summary>
    public static AdvocacyOffered Offered(AdvocacyOffer o, WorkingDayCalendar calendar) =>
        new(o.Id, o.ParentId, o.ReferralId, o.LaChildId, o.Stage, o.OfferedAt, UnansweredOfferDeadline.For(o.OfferedOn, calendar));

    /// <summary>The parent's answer: accepted or declined, on the day they gave it.</summary>
    public static AdvocacyOfferAnswered Answered(AdvocacyOffer o) =>
        new(o.Id, o.ParentId, o.ReferralId, o.LaChildId, o.Stage,
            o.Status == OfferStatus.Accepted ? AdvocacyOfferAnswers.Accepted : AdvocacyOfferAnswers.Declined, o.AnsweredOn!.Value);

    /// <summary>An offer left unanswered when its episode ended lapsed that day (<see cref="AdvocacyOffer.EpisodeEnded"/>).</summary>
    public static AdvocacyOfferAnswered Lapsed(AdvocacyOffer o, DateOnly episodeEndedOn) =>
        new(o.Id, o.ParentId, o.ReferralId, o.LaChildId, o.Stage, AdvocacyOfferAnswers.Lapsed, episodeEndedOn);
}
