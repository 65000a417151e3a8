namespace Macpt.Conferences.Domain;

/// <summary>
/// <c>NumberOfPreviousCPP</c>: how many plans the child had before this one, counted from the child's own
/// history in this service (the census counts every previous plan in the local authority, however long ago).
/// </summary>
public static class PreviousPlans
{
    public static int Count(IEnumerable<DateOnly> startDatesOfChildsPlans, DateOnly newPlanStart) =>
        startDatesOfChildsPlans.Count(start => start < newPlanStart);
}
