using Macpt.Contracts.Enquiries;
using Macpt.Contracts.FamilyHelp;
using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Timescales;

namespace Macpt.Enquiries.Application;

/// <summary>The events the enquiries service publishes, built from its records: ids, dates and codes only.</summary>
public static class EnquiryEvents
{
    /// <summary>
    /// A discussion came into being (from a referral's decision, or convened by an LCPP), due by its own date; children
    /// discussed together each have their own discussion, so each has its own event.
    /// </summary>
    public static StrategyDiscussionRequested Requested(StrategyDiscussion d) =>
        new(d.Id, d.ReferralId, d.LaChildId, d.Urgency, d.RequestedAt, d.DueBy);

    /// <summary>The threshold decision, with when it was due, the agencies that took part (each once) and whether it was held out of hours.</summary>
    public static StrategyDiscussionHeld Held(StrategyDiscussion d) =>
        new(d.Id, d.ReferralId, d.LaChildId, d.Outcome!.HeldOn, d.Outcome.ThresholdMet, d.Outcome.OfferFamilyNetworkMeeting,
            d.DueBy, d.Outcome.Attended.Select(a => a.Agency).Distinct().ToList(), d.Outcome.IsOutOfHours);

    /// <summary>The enquiry, with the discussion that started it and that discussion's date (day 0 of the ICPC's 15 working days).</summary>
    public static Section47EnquiryStarted Started(Section47Enquiry e) =>
        new(e.Id, e.ReferralId, e.LaChildId, e.StartDate, e.InitialConferenceTarget, e.StrategyDiscussionId, e.StrategyDiscussionDate);

    /// <summary>A conference-required outcome tells the conferences service to arrange the initial conference by the target date
    /// (a pre-birth one when the child is unborn: the expected date of birth travels with it).</summary>
    public static Section47EnquiryCompleted Completed(Section47Enquiry e) =>
        new(e.Id, e.ReferralId, e.LaChildId, e.Outcome!.CompletedOn, e.Outcome.Outcome, e.Outcome.ConferenceRequired,
            e.Outcome.ConferenceRequired ? e.InitialConferenceTarget : null, e.ExpectedDateOfBirth);

    /// <summary>A Section 47 with no conference hands the case to its Family Help lead on the handover date (exit <c>section-47-no-conference</c>).</summary>
    public static SteppedDownToFamilyHelp SteppedDown(Section47Enquiry e) =>
        new(e.Id, e.ReferralId, e.LaChildId, StepDownExits.Section47NoConference, e.Outcome!.FamilyHelpLeadId!, e.Outcome.HandoverDate!.Value);

    public static AgencyCheckRequested CheckRequested(AgencyCheck c) =>
        new(c.Id, c.EnquiryId, c.ReferralId, c.LaChildId, c.Agency, Macpt.WorkingDays.LondonClock.ToLondonDate(c.RequestedAt), c.DueOn, c.Service);

    public static AgencyCheckAnswered CheckAnswered(AgencyCheck c) =>
        new(c.Id, c.EnquiryId, c.ReferralId, c.LaChildId, c.Agency, c.AnsweredAt!.Value, AgencyCheckTimeliness.IsLate(c.DueOn, c.AnsweredOn, c.AnsweredOn!.Value));
}
