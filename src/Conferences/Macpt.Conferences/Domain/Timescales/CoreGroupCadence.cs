using System.ComponentModel.DataAnnotations;

namespace Macpt.Conferences.Domain.Timescales;

/// <summary>
/// After its first meeting the core group meets at intervals set locally (timescales.md T5: "at least every
/// 6 weeks" in Tees), so the interval is configuration (<c>CoreGroups:IntervalWeeks</c>), not code.
/// </summary>
public sealed class CoreGroupCadence
{
    public const string Section = "CoreGroups";

    [Range(1, 13)]
    public int IntervalWeeks { get; set; } = 6;

    public DateOnly NextAfter(DateOnly meetingDate) => meetingDate.AddDays(7 * IntervalWeeks);
}
