namespace Macpt.Reporting.Domain;

/// <summary>
/// Whether a step's statutory deadline was met (REPORTING-API.md §1): a duty discharged is met when discharged on or
/// before its deadline; one still open is missed (false) once its deadline has passed and undecided (null) until then;
/// one that fell away undischarged (a check whose enquiry ended, a plan ended before its review) is missed only if it
/// was still open after its deadline. No deadline, no answer. Deadlines count London calendar dates: the deadline day
/// itself is in time (shared/domain/timescales.md §3).
/// </summary>
public static class DeadlineMet
{
    public static bool? Of(DateOnly? deadline, DateOnly? dischargedOn, DateOnly? closedOn, DateOnly today)
    {
        if (deadline is not { } due) return null;
        if (dischargedOn is { } discharged) return discharged <= due;
        if (closedOn is { } closed) return closed > due ? false : null;
        return today > due ? false : null;
    }
}
