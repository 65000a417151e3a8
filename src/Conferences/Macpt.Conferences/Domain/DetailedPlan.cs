namespace Macpt.Conferences.Domain;

/// <summary>
/// The detailed child protection plan: agreed by the first core group from the conference's outline plan (Working
/// Together 2023, ch. 4), its outcomes and actions (each with an owner agency, a due date and a status), progressed at
/// each core group meeting and changed by review conferences (<see cref="Revision"/> counts the changes;
/// <see cref="ChangedAtConferenceId"/> is the review that made the latest).
/// </summary>
public sealed record DetailedPlan(DateOnly AgreedOn, List<PlanOutcome> Outcomes, List<DetailedAction> Actions, int Revision,
    Guid? ChangedAtConferenceId, DateOnly? ChangedOn)
{
    private DetailedPlan() : this(default, [], [], 0, null, null) { }
}

/// <summary>An action of the detailed plan: what, which agency owns it, by when, and how it stands (<see cref="ActionStatuses"/>).</summary>
public sealed record DetailedAction(Guid Id, string Action, string OwnerAgency, DateOnly DueBy, string Status, DateOnly? StatusOn);

public static class ActionStatuses
{
    public const string NotStarted = "not-started";
    public const string InProgress = "in-progress";
    public const string Done = "done";
    public const string NotDone = "not-done";

    public static IReadOnlyList<string> All { get; } = [NotStarted, InProgress, Done, NotDone];
}

/// <summary>Progress on one action recorded at a core group meeting: its new status and a short note.</summary>
public sealed record ActionProgress(Guid ActionId, string Status, string Note);

/// <summary>An action as agreed or changed, before it is given its id.</summary>
public sealed record ActionAgreed(string Action, string OwnerAgency, DateOnly DueBy, string? Status);
