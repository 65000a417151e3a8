using Macpt.Conferences.Domain;
using Macpt.Contracts.FamilyHelp;

namespace Macpt.Conferences.Application;

/// <summary>
/// The step-downs to Family Help this service decides (Working Together 2023, ch. 3 and 4: an exit that still leaves a
/// need is handed to Family Help): an initial conference that decided no plan, and a plan that ended with a step-down.
/// Each is one <see cref="SteppedDownToFamilyHelp"/>, published with the decision.
/// </summary>
public static class StepDowns
{
    public static SteppedDownToFamilyHelp? From(ChildProtectionConference icpc) => icpc.StepDown is { } s
        ? new SteppedDownToFamilyHelp(icpc.Id, icpc.ReferralId, icpc.LaChildId, StepDownExits.ConferenceNoPlan, s.FamilyHelpLeadId, s.HandoverDate)
        : null;

    /// <summary>A plan's step-down is handed over on the day it ends.</summary>
    public static SteppedDownToFamilyHelp? From(ChildProtectionPlan plan) => plan.Ending is { StepDownToFamilyHelp: true, FamilyHelpLeadId: { } lead } e
        ? new SteppedDownToFamilyHelp(plan.Id, plan.ReferralId, plan.LaChildId, StepDownExits.PlanEnded, lead, e.EndDate)
        : null;
}
