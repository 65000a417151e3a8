namespace Macpt.Reporting.Domain.Projection;

/// <summary>How a step relates to a timed duty: it starts its clock, discharges it, or has no clock.</summary>
internal enum StepRole
{
    NoClock,
    Starts,
    Discharges,
}

/// <summary>A timeline step being projected; a step that starts a duty learns at the end whether it was discharged.</summary>
internal sealed class StepDraft
{
    public required string Kind { get; init; }
    public required string KeyId { get; init; }
    public required DateOnly On { get; init; }
    public DateTimeOffset? At { get; init; }
    public required string Service { get; init; }
    public required Guid SourceId { get; init; }
    public Guid? ReferralId { get; init; }
    public SortedDictionary<string, object?> Details { get; init; } = new(StringComparer.Ordinal);
    public IEnumerable<string?> Agencies { get; init; } = [];
    public StepRole Role { get; init; }
    public Duty? Duty { get; init; }
    public DateOnly? Deadline { get; init; }
    /// <summary>For a discharging step: false when it closes the duty without discharging it (an offer that lapsed).</summary>
    public bool Discharging { get; init; } = true;
}
