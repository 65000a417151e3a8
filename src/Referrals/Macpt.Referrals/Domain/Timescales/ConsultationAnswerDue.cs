using System.ComponentModel.DataAnnotations;
using Macpt.WorkingDays;

namespace Macpt.Referrals.Domain.Timescales;

/// <summary>
/// When the MACPT answers a case consultation. No national timescale exists: consultation is a MACPT function (DfE,
/// Multi-agency child protection teams policy paper, 2026) without a deadline of its own. A consultation asks whether a
/// child should be referred, so by default it is answered within the timescale a referral is decided in, 1 working day
/// of being asked (<see cref="DecisionDeadline"/>; Working Together 2023, ch. 4; timescales.md T1), the London date
/// asked being day 0. Local practice may differ: configuration <c>Consultations:AnswerWithinWorkingDays</c>.
/// </summary>
public sealed class ConsultationAnswerDue
{
    public const string Section = "Consultations";

    [Range(0, 10)]
    public int AnswerWithinWorkingDays { get; set; } = DecisionDeadline.WorkingDays;

    public DateOnly For(DateTimeOffset requestedAt, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(LondonClock.ToLondonDate(requestedAt), AnswerWithinWorkingDays);
}
