namespace Macpt.Reporting.Domain;

/// <summary>A review conference held on a plan, and when it was due.</summary>
public sealed class ReviewFact
{
    public string LaChildId { get; set; } = "";
    public Guid ConferenceId { get; set; }
    public Guid PlanId { get; set; }
    public DateOnly ReviewedOn { get; set; }
    public DateOnly? DueOn { get; set; }
}
