namespace Macpt.Referrals.Domain;

/// <summary>
/// One step a referral led to in another service (a strategy discussion held, a Section 47 enquiry,
/// a conference, a plan), kept here from their events so the referral shows its onward path
/// without reading another service's tables.
/// </summary>
public sealed class OnwardStep
{
    private OnwardStep() { }

    public Guid Id { get; private init; }
    public Guid ReferralId { get; private init; }
    public string Stage { get; private init; } = "";
    /// <summary>The id of the record in the service that owns it (a discussion, an enquiry, a plan).</summary>
    public Guid SourceId { get; private init; }
    public DateOnly OccurredOn { get; private init; }
    /// <summary>A code, never free text: an outcome, a category of abuse, an end reason.</summary>
    public string? Outcome { get; private init; }
    public DateOnly? DueBy { get; private init; }

    public static OnwardStep Record(Guid id, Guid referralId, string stage, Guid sourceId, DateOnly occurredOn, string? outcome = null, DateOnly? dueBy = null) =>
        new() { Id = id, ReferralId = referralId, Stage = stage, SourceId = sourceId, OccurredOn = occurredOn, Outcome = outcome, DueBy = dueBy };
}

public static class OnwardStages
{
    public const string StrategyDiscussionHeld = "strategy-discussion-held";
    public const string Section47Started = "section-47-started";
    public const string Section47Completed = "section-47-completed";
    public const string ConferenceHeld = "conference-held";
    public const string PlanStarted = "child-protection-plan-started";
    public const string PlanEnded = "child-protection-plan-ended";

    /// <summary>The order of the stages on one day: events on separate queues can arrive in any order.</summary>
    public static string[] InOrder { get; } =
        [StrategyDiscussionHeld, Section47Started, Section47Completed, ConferenceHeld, PlanStarted, PlanEnded];

    public static int Rank(string stage) => Array.IndexOf(InOrder, stage) is var i and >= 0 ? i : InOrder.Length;
}
