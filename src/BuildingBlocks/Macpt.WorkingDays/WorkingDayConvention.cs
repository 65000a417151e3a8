namespace Macpt.WorkingDays;

/// <summary>How "within N working days of X" is turned into a deadline.</summary>
public enum WorkingDayConvention
{
    /// <summary>
    /// X is day 0; the deadline is the N-th working day after X, whatever day X is.
    /// Our reading of Working Together (no official DfE definition was found).
    /// </summary>
    StartIsDayZero = 0,

    /// <summary>
    /// The CIN validator's reading: the end date counts, so it offsets N − 1 working days
    /// (pandas <c>CustomBusinessDay(n: N - 1)</c>). For N = 1 the deadline is X itself, or the
    /// next working day when X is not one. One working day earlier than <see cref="StartIsDayZero"/>.
    /// </summary>
    EndDateInclusive = 1,
}
