using Macpt.Conferences.Domain.Timescales;
using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// A conference arranged after its target date (the ICPC within 15 working days of the strategy discussion,
/// Working Together 2023, ch. 4; a review by its due date) is counted late, and the reason is recorded.
/// </summary>
public sealed class LateConferenceRecordsWhy(DateOnly date, DateOnly target, string? lateReason) : BusinessRule("lateReason")
{
    public override bool IsBroken() => ConferenceLateness.IsLate(date, target) && string.IsNullOrWhiteSpace(lateReason);
    public override string Message => "The date is after the target date: record why it is late.";
}
