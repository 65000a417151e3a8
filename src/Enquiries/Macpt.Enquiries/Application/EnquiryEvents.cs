using Macpt.Contracts.Enquiries;
using Macpt.Contracts.FamilyHelp;
using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Timescales;

namespace Macpt.Enquiries.Application;

/// <summary>The events the enquiries service publishes, built from its records: ids, dates and codes only.</summary>
public static class EnquiryEvents
{
    public static StrategyDiscussionHeld Held(StrategyDiscussion d) =>
        new(d.Id, d.ReferralId, d.LaChildId, d.Outcome!.HeldOn, d.Outcome.ThresholdMet, d.Outcome.OfferFamilyNetworkMeeting);

    public static Section47EnquiryStarted Started(Section47Enquiry e) =>
        new(e.Id, e.ReferralId, e.LaChildId, e.StartDate, e.InitialConferenceTarget);

    /// <summary>A conference-required outcome tells the conferences service to arrange the initial conference by the target date
    /// (a pre-birth one when the child is unborn: the expected date of birth travels with it).</summary>
    public static Section47EnquiryCompleted Completed(Section47Enquiry e) =>
        new(e.Id, e.ReferralId, e.LaChildId, e.Outcome!.CompletedOn, e.Outcome.Outcome, e.Outcome.ConferenceRequired,
            e.Outcome.ConferenceRequired ? e.InitialConferenceTarget : null, e.ExpectedDateOfBirth);

    /// <summary>A Section 47 with no conference hands the case to its Family Help lead on the handover date (exit <c>section-47-no-conference</c>).</summary>
    public static SteppedDownToFamilyHelp SteppedDown(Section47Enquiry e) =>
        new(e.Id, e.ReferralId, e.LaChildId, StepDownExits.Section47NoConference, e.Outcome!.FamilyHelpLeadId!, e.Outcome.HandoverDate!.Value);

    public static AgencyCheckRequested CheckRequested(AgencyCheck c) =>
        new(c.Id, c.EnquiryId, c.ReferralId, c.LaChildId, c.Agency, Macpt.WorkingDays.LondonClock.ToLondonDate(c.RequestedAt), c.DueOn);

    public static AgencyCheckAnswered CheckAnswered(AgencyCheck c) =>
        new(c.Id, c.EnquiryId, c.ReferralId, c.LaChildId, c.Agency, c.AnsweredAt!.Value, AgencyCheckTimeliness.IsLate(c.DueOn, c.AnsweredOn, c.AnsweredOn!.Value));
}
