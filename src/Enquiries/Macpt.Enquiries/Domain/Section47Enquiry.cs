using Macpt.Enquiries.Domain.Rules;
using Macpt.Enquiries.Domain.Timescales;
using Macpt.Rules;

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
    /// <summary>Set when the child is unborn: a conference it calls for is a pre-birth initial conference.</summary>
    public DateOnly? ExpectedDateOfBirth { get; private init; }

    public void RecordChildSeen(ChildSeen seen)
    {
        Rule.Check(new ChildSeenIsRecordedWhileTheEnquiryIsOpen(this), new ChildIsNotSeenBeforeTheEnquiryStarted(this, seen.SeenOn));
        ChildSeen = seen;
    }

    /// <summary>
    /// Completes the enquiry: once, not before it started, and not without the child seen or the reason recorded. With no
    /// conference it steps down to Family Help, naming the lead and the handover day (<see cref="StepDownNamesTheFamilyHelpLead"/>).
    /// </summary>
    public void Complete(Section47Outcome outcome)
    {
        Rule.Check(
            new EnquiryIsCompletedOnce(this),
            new EnquiryIsNotCompletedBeforeItStarted(this, outcome.CompletedOn),
            new ChildMustBeSeen(this, outcome.NotSeenReason));
        if (!outcome.ConferenceRequired) Rule.Check(new StepDownNamesTheFamilyHelpLead(outcome.FamilyHelpLeadId, outcome.HandoverDate, outcome.CompletedOn));
        Outcome = outcome;
        Status = Section47Status.Completed;
    }

    /// <summary>
    /// Asks a partner agency what it knows, while the enquiry is open, due by <paramref name="dueOn"/> or else by
    /// the local target (<paramref name="localTarget"/>) capped at the ICPC target; never due after the ICPC target.
    /// </summary>
    public AgencyCheck RequestCheck(Guid checkId, string agency, string question, string requestedBy, DateOnly? dueOn, DateOnly localTarget,
        DateOnly today, DateTimeOffset now, string? service = null)
    {
        Rule.Check(new ChecksAreAskedWhileTheEnquiryIsOpen(this));
        var due = dueOn ?? AgencyCheckTimeliness.DefaultDue(localTarget, today, InitialConferenceTarget);
        Rule.Check(new AgencyCheckIsNotDueInThePast(due, today), new AgencyCheckIsDueBeforeTheInitialConference(due, today, InitialConferenceTarget));
        return AgencyCheck.Request(checkId, this, agency, service, question, requestedBy, now, due);
    }

    /// <summary>Starts the enquiry from the discussion that met the threshold; not while the child has one open (<see cref="OneOpenSection47PerChild"/>).</summary>
    public static Section47Enquiry Start(Guid id, StrategyDiscussion discussion, DateOnly heldOn, DateOnly initialConferenceTarget, DateTimeOffset now,
        Guid? openEnquiryId = null)
    {
        Rule.Check(new OneOpenSection47PerChild(openEnquiryId));
        return Started(id, discussion, heldOn, initialConferenceTarget, now);
    }

    private static Section47Enquiry Started(Guid id, StrategyDiscussion discussion, DateOnly heldOn, DateOnly initialConferenceTarget, DateTimeOffset now) => new()
    {
        ExpectedDateOfBirth = discussion.ExpectedDateOfBirth,
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
