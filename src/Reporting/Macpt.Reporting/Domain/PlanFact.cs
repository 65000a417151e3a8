namespace Macpt.Reporting.Domain;

/// <summary>A child protection plan: when it started and ended, and whether the child had an earlier one.</summary>
public sealed class PlanFact
{
    public string LaChildId { get; set; } = "";
    public Guid PlanId { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public int PreviousPlans { get; set; }
    /// <summary>Another plan of the same child known to reporting started before this one.</summary>
    public bool EarlierPlanKnown { get; set; }
}
