using Macpt.Conferences.Domain;
using Macpt.ServiceDefaults.Security;

namespace Macpt.Conferences.Application;

/// <summary>
/// Which child protection plans a caller may read. The local authority's own callers see every plan; a partner
/// agency (its system or its practitioners) sees only the plans it is part of: those whose core group includes
/// it or whose outline plan gives it an action (Working Together 2023, ch. 4: the plan is shared with the core
/// group and the agencies that carry it out). Any other plan is not found (404) and not listed, never refused,
/// so that its existence does not leak.
/// </summary>
public static class PlanVisibility
{
    public static IQueryable<ChildProtectionPlan> VisibleTo(this IQueryable<ChildProtectionPlan> plans, Actor actor)
    {
        if (actor.IsLocalAuthority) return plans;
        var agency = actor.Agency;
        return plans.Where(p => p.CoreGroup.Any(m => m.Agency == agency) || p.OutlinePlan.Actions.Any(a => a.OwnerAgency == agency));
    }
}
