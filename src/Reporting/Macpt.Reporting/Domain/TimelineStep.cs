namespace Macpt.Reporting.Domain;

/// <summary>
/// One step of a child's history as the timeline shows it, projected from one event (or, for a record restated after
/// each change, from its latest statement). Keyed by the child and <see cref="Key"/> (the kind and the source's id), so
/// projecting the same events again changes nothing. Whether a deadline was met is worked out when read
/// (<see cref="DeadlineMet"/>), because an open duty turns late as days pass.
/// </summary>
public sealed class TimelineStep
{
    public string LaChildId { get; set; } = "";
    public string Key { get; set; } = "";
    public string Kind { get; set; } = "";
    /// <summary>The step's place in <see cref="StepKinds.All"/>: the order of steps on the same day and time.</summary>
    public int KindOrder { get; set; }
    public DateOnly On { get; set; }
    public DateTimeOffset? At { get; set; }
    public string Service { get; set; } = "";
    public Guid SourceId { get; set; }
    public Guid? ReferralId { get; set; }
    /// <summary>Codes, counts and ids only, as a JSON object with its keys in a fixed order.</summary>
    public string Details { get; set; } = "{}";
    public DateOnly? Deadline { get; set; }
    /// <summary>When the timed duty this step starts or discharges was discharged (null: not, or not yet).</summary>
    public DateOnly? DischargedOn { get; set; }
    /// <summary>When that duty closed, discharged or not (null: still open).</summary>
    public DateOnly? ClosedOn { get; set; }
    /// <summary>The agencies that are part of this step: a partner sees only the steps naming its own.</summary>
    public List<string> Agencies { get; set; } = [];

    public bool? Met(DateOnly today) => DeadlineMet.Of(Deadline, DischargedOn, ClosedOn, today);
}
