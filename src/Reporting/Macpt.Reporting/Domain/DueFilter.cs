namespace Macpt.Reporting.Domain;

/// <summary>
/// The work list's <c>due</c> filter as a date range on "due by" (REPORTING-API.md §3): overdue is before today, today
/// is today, this week is today to the Sunday of this week (a week runs Monday to Sunday).
/// </summary>
public sealed record DueFilter(DateOnly? From, DateOnly? To)
{
    public const string Overdue = "overdue";
    public const string Today = "today";
    public const string ThisWeek = "this-week";

    public static IReadOnlyList<string> All { get; } = [Overdue, Today, ThisWeek];

    /// <summary>Every open item (no <c>due</c>): including those with no due date.</summary>
    public static DueFilter None { get; } = new(null, null);

    public bool IsNone => From is null && To is null;

    public static DueFilter For(string? due, DateOnly today) => due switch
    {
        null => None,
        Overdue => new DueFilter(DateOnly.MinValue, today.AddDays(-1)),
        Today => new DueFilter(today, today),
        ThisWeek => new DueFilter(today, SundayOf(today)),
        _ => throw new ArgumentOutOfRangeException(nameof(due), "Not a due filter."),
    };

    public static DateOnly SundayOf(DateOnly day) => day.AddDays((7 - (int)day.DayOfWeek) % 7);
}
