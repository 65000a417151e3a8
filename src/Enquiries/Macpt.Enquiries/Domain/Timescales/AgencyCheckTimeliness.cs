namespace Macpt.Enquiries.Domain.Timescales;

/// <summary>
/// When an agency check is due and when it is late. No national timescale exists for checks; the
/// answers must be in before the initial conference (<see cref="Rules.AgencyCheckIsDueBeforeTheInitialConference"/>),
/// and the default is a local number of working days (<see cref="AgencyCheckTargets"/>).
/// </summary>
public static class AgencyCheckTimeliness
{
    public const string Outstanding = "outstanding";
    public const string Late = "late";
    public const string Answered = "answered";

    public static IReadOnlyList<string> Statuses { get; } = [Outstanding, Late, Answered];

    /// <summary>Late once the due date has passed unanswered, or when answered after it.</summary>
    public static bool IsLate(DateOnly dueOn, DateOnly? answeredOn, DateOnly today) =>
        answeredOn is { } answered ? answered > dueOn : today > dueOn;

    /// <summary>The default due date: the local target, but not after an ICPC target still ahead.</summary>
    public static DateOnly DefaultDue(DateOnly localTarget, DateOnly today, DateOnly initialConferenceTarget) =>
        initialConferenceTarget >= today && localTarget > initialConferenceTarget ? initialConferenceTarget : localTarget;

    public static string StatusOf(AgencyCheck check, DateOnly today) =>
        check.IsAnswered ? Answered : IsLate(check.DueOn, null, today) ? Late : Outstanding;
}
