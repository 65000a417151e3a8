namespace Macpt.Conferences.Domain.Timescales;

/// <summary>
/// A conference may be arranged after its target date (15 working days after the strategy discussion for an
/// initial conference, the review due date for a review), but it is counted late (<see cref="Rules.LateConferenceRecordsWhy"/>).
/// </summary>
public static class ConferenceLateness
{
    public static bool IsLate(DateOnly date, DateOnly target) => date > target;
}
