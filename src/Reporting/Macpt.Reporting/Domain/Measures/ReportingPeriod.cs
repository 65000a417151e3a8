namespace Macpt.Reporting.Domain.Measures;

/// <summary>The London calendar dates a report covers, both ends included.</summary>
public sealed record ReportingPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The longest period one report covers.</summary>
    public const int MaxYears = 5;

    public bool Contains(DateOnly? date) => date is { } d && d >= From && d <= To;
}
