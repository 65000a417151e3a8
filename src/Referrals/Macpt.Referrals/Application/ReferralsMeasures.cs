using System.Diagnostics.Metrics;
using Macpt.Contracts.Escalations;
using Macpt.Contracts.FamilyHelp;
using Macpt.Contracts.Referrals;
using Macpt.Messaging.Measures;
using Macpt.Referrals.Domain.Timescales;
using Macpt.WorkingDays;

namespace Macpt.Referrals.Application;

/// <summary>
/// The referrals service's statutory measures (meter <c>Macpt.Referrals</c>), read off the events it publishes once they
/// commit (<see cref="EventMeasures"/>). Tags are codes only.
/// </summary>
public sealed class ReferralsMeasures : EventMeasures
{
    public const string MeterName = "Macpt.Referrals";

    public ReferralsMeasures(IMeterFactory meters, WorkingDayCalendar calendar) : base(meters, MeterName)
    {
        var received = Counter("macpt.referrals.received", "{referral}", "Referrals received at the front door, by CIN referral source and whether a re-referral within 12 months");
        var decided = Counter("macpt.referrals.decided", "{referral}",
            "Referrals decided, by decision and timeliness: on-time when decided within 1 working day of receipt (Working Together 2023, ch. 4)");
        var consultations = Counter("macpt.consultations.requested", "{consultation}", "Case consultations asked for, by the asking agency");
        var advised = Counter("macpt.consultations.answered", "{consultation}", "Case consultations answered, by the asking agency");
        var disagreements = Counter("macpt.disagreements.raised", "{disagreement}", "Professional disagreements raised, by subject");
        var escalated = Counter("macpt.disagreements.escalated", "{disagreement}", "Professional disagreements escalated, by the stage reached");
        var resolved = Counter("macpt.disagreements.resolved", "{disagreement}", "Professional disagreements ended, by stage and outcome");
        var steppedDown = Counter("macpt.stepdowns", "{case}", "Cases stepped down to Family Help, by the exit");

        On<ReferralReceived>(e => received.Add(1, new("source", e.ReferralSource), new("re_referral", e.IsReReferral)));
        On<ReferralDecided>(e => decided.Add(1, new("decision", e.Decision),
            Timeliness.TagOf(LondonClock.ToLondonDate(e.DecidedAt), DecisionDeadline.For(e.ReceivedAt, calendar))));
        On<ConsultationRequested>(e => consultations.Add(1, new KeyValuePair<string, object?>("agency", e.Agency)));
        On<ConsultationAnswered>(e => advised.Add(1, new KeyValuePair<string, object?>("agency", e.Agency)));
        On<ProfessionalDisagreementRaised>(e => disagreements.Add(1, new KeyValuePair<string, object?>("subject", e.Subject)));
        On<ProfessionalDisagreementEscalated>(e => escalated.Add(1, new KeyValuePair<string, object?>("stage", e.Stage)));
        On<ProfessionalDisagreementResolved>(e => resolved.Add(1, new("stage", e.Stage), new("outcome", e.Outcome)));
        On<SteppedDownToFamilyHelp>(e => steppedDown.Add(1, new KeyValuePair<string, object?>("exit", e.Exit)));
    }
}
