namespace Macpt.Reporting.Domain;

/// <summary>
/// An open or closed statutory duty ("obligation") on the morning work list: what is due (<see cref="Kind"/>, one of
/// <see cref="WorkKinds"/>), for which child and referral, from which record (<see cref="SourceId"/>), by when, and
/// when it closed. Opened by one event and closed by another, in whichever order they arrive.
/// </summary>
public sealed class WorkItem
{
    public string LaChildId { get; set; } = "";
    public string Key { get; set; } = "";
    public string Kind { get; set; } = "";
    public Guid SourceId { get; set; }
    public Guid? ReferralId { get; set; }
    public string Service { get; set; } = "";
    public DateOnly OpenedOn { get; set; }
    public DateOnly? DueBy { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public bool Discharged { get; set; }
    /// <summary>The agency the item is with (the agency asked for a check; the agency a disagreement is about).</summary>
    public string? Agency { get; set; }
    /// <summary>The partner agencies that may see it: its check's agency, or the agencies raising and answering a disagreement.</summary>
    public List<string> Agencies { get; set; } = [];
    /// <summary>The practitioner holding it once allocation exists (issue 19): null until then.</summary>
    public string? HeldBy { get; set; }
    public string Details { get; set; } = "{}";

    public bool IsOpen => ClosedOn is null;
    public bool IsOverdue(DateOnly today) => IsOpen && DueBy is { } due && due < today;
}
