namespace Macpt.WorkingDays;

/// <summary>Settings bound from the <c>WorkingDays</c> configuration section.</summary>
public sealed class WorkingDayOptions
{
    public const string SectionName = "WorkingDays";

    /// <summary>The council has not confirmed a convention, so day zero stays the default.</summary>
    public WorkingDayConvention Convention { get; set; } = WorkingDayConvention.StartIsDayZero;
}
