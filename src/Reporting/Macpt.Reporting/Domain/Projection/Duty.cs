namespace Macpt.Reporting.Domain.Projection;

/// <summary>
/// A timed duty while a child's events are projected: opened by one event, closed by another. A closing event met
/// before its opening one leaves the duty closed but not opened, and the opening event then fills in the rest, so the
/// result does not depend on which arrived first. <see cref="Listed"/> duties become work items; the others (the ICPC
/// itself, timed from the Section 47) only tell timeline steps whether their deadline was met.
/// </summary>
internal sealed class Duty(string key, string kind, bool listed)
{
    public string Key { get; } = key;
    public string Kind { get; } = kind;
    public bool Listed { get; } = listed;
    public Guid SourceId { get; set; }
    public Guid? ReferralId { get; set; }
    public string Service { get; set; } = "";
    public DateOnly? OpenedOn { get; private set; }
    public DateOnly? DueBy { get; set; }
    public DateOnly? ClosedOn { get; private set; }
    public bool Discharged { get; private set; }
    public string? Agency { get; set; }
    public List<string> Agencies { get; set; } = [];
    public SortedDictionary<string, object?> Details { get; } = new(StringComparer.Ordinal);

    public bool IsOpen => OpenedOn is not null && ClosedOn is null;

    public Duty Open(DateOnly openedOn, DateOnly? dueBy)
    {
        OpenedOn ??= openedOn;
        DueBy = dueBy ?? DueBy;
        return this;
    }

    /// <summary>Closes the duty once: discharged (its deadline judged on this date) or fallen away.</summary>
    public void Close(DateOnly on, bool discharged)
    {
        if (ClosedOn is not null) return;
        ClosedOn = on;
        Discharged = discharged;
    }
}
