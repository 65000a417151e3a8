namespace Macpt.Enquiries.Domain;

/// <summary>
/// A Section 47 enquiry (Children Act 1989): started by a strategy discussion whose threshold was met.
/// <see cref="StartDate"/> is the census <c>S47ActualStartDate</c>, the discussion's date; the initial
/// conference is due by <see cref="InitialConferenceTarget"/>. Both dates are stored, as the census does.
/// </summary>
public sealed class Section47Enquiry
{
    private Section47Enquiry() { }

    public Guid Id { get; private init; }
    public Guid StrategyDiscussionId { get; private init; }
    public Guid? ReferralId { get; private init; }
    public string LaChildId { get; private init; } = "";
    public DateOnly StrategyDiscussionDate { get; private init; }
    public DateOnly StartDate { get; private init; }
    public DateOnly InitialConferenceTarget { get; private init; }
    public string Status { get; private set; } = Section47Status.Open;
    public DateTimeOffset CreatedAt { get; private init; }
    public uint Version { get; private set; }
    /// <summary>When the child was seen, alone or not, and in their own words (the voice of the child).</summary>
    public ChildSeen? ChildSeen { get; private set; }
    public Section47Outcome? Outcome { get; private set; }

    public void RecordChildSeen(ChildSeen seen)
    {
        if (Outcome is not null) throw new InvalidOperationException("The enquiry is completed.");
        ChildSeen = seen;
    }

    /// <summary>Completes the enquiry (see <see cref="Rules.ChildMustBeSeen"/>).</summary>
    public void Complete(Section47Outcome outcome)
    {
        if (Outcome is not null) throw new InvalidOperationException("The enquiry is already completed.");
        if (Rules.ChildMustBeSeen.IsBroken(this, outcome.NotSeenReason)) throw new InvalidOperationException(Rules.ChildMustBeSeen.Message);
        Outcome = outcome;
        Status = Section47Status.Completed;
    }

    public static Section47Enquiry Start(Guid id, StrategyDiscussion discussion, DateOnly heldOn, DateOnly initialConferenceTarget, DateTimeOffset now) => new()
    {
        Id = id,
        StrategyDiscussionId = discussion.Id,
        ReferralId = discussion.ReferralId,
        LaChildId = discussion.LaChildId,
        StrategyDiscussionDate = heldOn,
        StartDate = heldOn,
        InitialConferenceTarget = initialConferenceTarget,
        CreatedAt = now,
    };
}

public static class Section47Status
{
    public const string Open = "open";
    public const string Completed = "completed";
}
