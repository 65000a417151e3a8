using System.Collections.Frozen;

namespace Macpt.WorkingDays;

/// <summary>
/// Working-day arithmetic for England: Monday to Friday, less England-and-Wales bank holidays.
/// Holidays come only from a snapshot of the gov.uk feed, never from rules, because the feed
/// has one-off days (2022-06-03, 2022-09-19, 2023-05-08). Immutable and thread-safe; all
/// reading happens in the constructor.
/// </summary>
/// <remarks>
/// Outside <see cref="CoveredFrom"/>..<see cref="CoveredUntil"/> the snapshot knows no holidays,
/// so only weekends are skipped there. That is kept visible, not silent:
/// <see cref="BankHolidaySnapshotHealthCheck"/> degrades a year before the snapshot runs out.
/// </remarks>
public sealed class WorkingDayCalendar
{
    private readonly FrozenSet<DateOnly> _holidays;

    /// <summary>The embedded gov.uk snapshot with default options.</summary>
    public WorkingDayCalendar()
        : this(new WorkingDayOptions())
    {
    }

    /// <summary>The embedded gov.uk snapshot.</summary>
    public WorkingDayCalendar(WorkingDayOptions options)
        : this(BankHolidaySnapshot.LoadEmbedded(), options)
    {
    }

    /// <summary>
    /// An explicit holiday set (tests, or a council with extra closure days). Coverage runs from
    /// 1 January of the earliest holiday's year to 31 December of the latest one's.
    /// </summary>
    public WorkingDayCalendar(IEnumerable<DateOnly> bankHolidays, WorkingDayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        options ??= new WorkingDayOptions();
        if (!Enum.IsDefined(options.Convention))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Convention, "Unknown working-day convention.");
        }

        var sorted = bankHolidays.Distinct().Order().ToArray();
        if (sorted.Length == 0)
        {
            // Without a single holiday the covered years are unknown.
            throw new ArgumentException("At least one bank holiday is required.", nameof(bankHolidays));
        }

        _holidays = sorted.ToFrozenSet();
        BankHolidays = Array.AsReadOnly(sorted);
        CoveredFrom = new DateOnly(sorted[0].Year, 1, 1);
        CoveredUntil = new DateOnly(sorted[^1].Year, 12, 31);
        Convention = options.Convention;
    }

    /// <summary>Every England-and-Wales bank holiday in the snapshot, in date order.</summary>
    public IReadOnlyList<DateOnly> BankHolidays { get; }

    /// <summary>1 January of the first year in the snapshot.</summary>
    public DateOnly CoveredFrom { get; }

    /// <summary>31 December of the last year in the snapshot.</summary>
    public DateOnly CoveredUntil { get; }

    /// <summary>The convention <see cref="AddWorkingDays"/> applies.</summary>
    public WorkingDayConvention Convention { get; }

    /// <summary>Whether the snapshot lists the holidays of <paramref name="date"/>'s year.</summary>
    public bool Covers(DateOnly date) => date >= CoveredFrom && date <= CoveredUntil;

    public bool IsBankHoliday(DateOnly date) => _holidays.Contains(date);

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsBankHoliday(date);

    /// <summary>
    /// The deadline "within <paramref name="workingDays"/> working days of <paramref name="start"/>"
    /// under <see cref="Convention"/>. The start counts as day 0 even on a weekend or holiday
    /// (an out-of-hours strategy discussion still starts the clock). 0 returns the start.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        if (Convention == WorkingDayConvention.EndDateInclusive && workingDays > 0)
        {
            // Mirrors pandas CustomBusinessDay(n - 1): an offset of 0 rolls a non-working day forward.
            return workingDays == 1 ? RollForward(start) : Step(start, workingDays - 1);
        }

        return Step(start, workingDays);
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>;
    /// 0 when <paramref name="to"/> is on or before <paramref name="from"/>. The inverse of
    /// <see cref="AddWorkingDays"/> under <see cref="WorkingDayConvention.StartIsDayZero"/>,
    /// whatever the configured convention.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from; day < to;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Adds calendar months for review timescales (15 Jan + 3 → 15 Apr). The day of month is
    /// kept and clamped to the end of a shorter month: 31 Aug 2026 + 6 → 28 Feb 2027,
    /// 30 Nov 2027 + 3 → 29 Feb 2028. Guidance does not settle month ends (UNVERIFIED); this is
    /// the rule chosen. Weekends and holidays are not moved.
    /// </summary>
    public DateOnly AddCalendarMonths(DateOnly date, int months) => date.AddMonths(months);

    private DateOnly Step(DateOnly day, int workingDays)
    {
        while (workingDays > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                workingDays--;
            }
        }

        return day;
    }

    private DateOnly RollForward(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
