namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// A conference may be arranged after its target date (15 working days after the strategy discussion for an
/// initial conference, the review due date for a review), but it is counted late and the reason is recorded.
/// </summary>
public static class ConferenceLateness
{
    public const string Message = "The date is after the target date: record why it is late.";

    public static bool IsLate(DateOnly date, DateOnly target) => date > target;

    public static bool IsBroken(DateOnly date, DateOnly target, string? lateReason) =>
        IsLate(date, target) && string.IsNullOrWhiteSpace(lateReason);
}
