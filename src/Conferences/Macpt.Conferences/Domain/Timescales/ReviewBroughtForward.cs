namespace Macpt.Conferences.Domain.Timescales;

/// <summary>
/// New concerns about a child already on a plan are considered at the plan's next review conference, brought forward,
/// not at a new initial conference (a child has one plan at a time, census 8935): the review is then due by the date
/// the completed Section 47 set for a conference (15 working days after the strategy discussion, Working Together
/// 2023, ch. 4; timescales.md T4). A review already due sooner keeps its date. The same holds for the earlier first
/// review after a pre-birth plan's birth (<see cref="PreBirthFirstReview"/>).
/// </summary>
public static class ReviewBroughtForward
{
    /// <summary>The new due date, or null when <paramref name="asked"/> is not earlier than <paramref name="current"/>.</summary>
    public static DateOnly? To(DateOnly current, DateOnly asked) => asked < current ? asked : null;
}
