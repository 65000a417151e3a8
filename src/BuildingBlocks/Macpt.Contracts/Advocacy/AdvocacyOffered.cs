namespace Macpt.Contracts.Advocacy;

/// <summary>
/// A parent (or other person with parental responsibility, known here only by id) was offered an independent
/// advocate for a child's episode at a stage (<see cref="AdvocacyStages"/>).
/// </summary>
public sealed record AdvocacyOffered(
    Guid OfferId,
    Guid ParentId,
    Guid? ReferralId,
    string LaChildId,
    string Stage,
    DateTimeOffset OfferedAt,
    /// <summary>An offer not answered by then lapses.</summary>
    DateOnly? AnswerDueBy = null);

public static class AdvocacyStages
{
    public const string Section47 = "section-47";
    public const string Conference = "conference";
    public const string Plan = "plan";

    public static readonly IReadOnlyList<string> All = [Section47, Conference, Plan];
}
