using System.Diagnostics.Metrics;
using Macpt.Contracts.Enquiries;
using Macpt.Contracts.FamilyHelp;
using Macpt.Messaging.Measures;

namespace Macpt.Enquiries.Application;

/// <summary>
/// The enquiries service's statutory measures (meter <c>Macpt.Enquiries</c>), read off the events it publishes once they
/// commit (<see cref="EventMeasures"/>). Tags are codes only.
/// </summary>
public sealed class EnquiriesMeasures : EventMeasures
{
    public const string MeterName = "Macpt.Enquiries";

    public EnquiriesMeasures(IMeterFactory meters) : base(meters, MeterName)
    {
        var requested = Counter("macpt.strategy_discussions.requested", "{discussion}", "Strategy discussions asked for, by urgency");
        var held = Counter("macpt.strategy_discussions.held", "{discussion}",
            "Strategy discussions held, by threshold decision (met / not-met), timeliness against the day due, and whether out of hours");
        var started = Counter("macpt.section47.started", "{enquiry}", "Section 47 enquiries started");
        var completed = Counter("macpt.section47.completed", "{enquiry}", "Section 47 enquiries completed, by outcome");
        var checksAsked = Counter("macpt.agency_checks.requested", "{check}", "Agency checks asked of a partner, by agency");
        var checksAnswered = Counter("macpt.agency_checks.answered", "{check}", "Agency checks answered, by agency and timeliness (late: after the day due)");
        var steppedDown = Counter("macpt.stepdowns", "{case}", "Cases stepped down to Family Help, by the exit");

        On<StrategyDiscussionRequested>(e => requested.Add(1, new KeyValuePair<string, object?>("urgency", e.Urgency)));
        On<StrategyDiscussionHeld>(e => held.Add(1, new("threshold", e.Section47ThresholdMet ? "met" : "not-met"),
            Timeliness.TagOf(e.HeldOn, e.DueBy), new("out_of_hours", e.OutOfHours)));
        On<Section47EnquiryStarted>(_ => started.Add(1));
        On<Section47EnquiryCompleted>(e => completed.Add(1, new KeyValuePair<string, object?>("outcome", e.Outcome)));
        On<AgencyCheckRequested>(e => checksAsked.Add(1, new KeyValuePair<string, object?>("agency", e.Agency)));
        On<AgencyCheckAnswered>(e => checksAnswered.Add(1, new("agency", e.Agency), new(Timeliness.Tag, Timeliness.Of(e.AnsweredLate))));
        On<SteppedDownToFamilyHelp>(e => steppedDown.Add(1, new KeyValuePair<string, object?>("exit", e.Exit)));
    }
}
