using System.Diagnostics.Metrics;
using Macpt.Conferences.Domain.Timescales;
using Macpt.Contracts.Conferences;
using Macpt.Contracts.FamilyHelp;
using Macpt.Messaging.Measures;

namespace Macpt.Conferences.Application;

/// <summary>
/// The conferences service's statutory measures (meter <c>Macpt.Conferences</c>), read off the events it publishes once
/// they commit (<see cref="EventMeasures"/>). Tags are codes only.
/// </summary>
public sealed class ConferencesMeasures : EventMeasures
{
    public const string MeterName = "Macpt.Conferences";
    /// <summary>The length of a plan whose end event does not carry its start.</summary>
    public const string UnknownLength = "unknown";

    public ConferencesMeasures(IMeterFactory meters) : base(meters, MeterName)
    {
        var held = Counter("macpt.conferences.held", "{conference}",
            "Conferences held, by kind (initial, review), timeliness against the target (an initial conference: 15 working days " +
            "after the strategy discussion; a review: its due date), whether pre-birth, and whether a plan is needed");
        var started = Counter("macpt.plans.started", "{plan}", "Child protection plans started, by initial category of abuse and whether the child's first plan");
        var ended = Counter("macpt.plans.ended", "{plan}", "Child protection plans ended, by length band (the DfE's: <3m, 3-6m, 6-12m, 1-2y, 2y+) and end reason");
        var coreGroups = Counter("macpt.core_groups.held", "{meeting}",
            "Core groups held, by timeliness (the first within 10 working days of the initial conference, later ones at the local cadence)");
        var steppedDown = Counter("macpt.stepdowns", "{case}", "Cases stepped down to Family Help, by the exit");

        On<ConferenceHeld>(e => held.Add(1, new("kind", e.Kind), Timeliness.TagOf(e.HeldOn, e.TargetDate),
            new("pre_birth", e.PreBirth), new("plan_required", e.PlanRequired)));
        On<ChildProtectionPlanStarted>(e => started.Add(1, new("category", e.CategoryOfAbuse),
            new("previous_plans", e.NumberOfPreviousPlans > 0 ? "second-or-subsequent" : "first")));
        On<ChildProtectionPlanEnded>(e => ended.Add(1,
            new("length", e.StartDate is { } start ? PlanLengthBand.Of(start, e.EndDate) : UnknownLength), new("reason", e.EndReasonCode)));
        On<CoreGroupHeld>(e => coreGroups.Add(1, Timeliness.TagOf(e.HeldOn, e.DueBy)));
        On<SteppedDownToFamilyHelp>(e => steppedDown.Add(1, new KeyValuePair<string, object?>("exit", e.Exit)));
    }
}
