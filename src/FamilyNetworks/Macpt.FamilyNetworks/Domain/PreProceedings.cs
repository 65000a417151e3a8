using Macpt.FamilyNetworks.Domain.Rules;

namespace Macpt.FamilyNetworks.Domain;

/// <summary>
/// A child's pre-proceedings under the Public Law Outline: started by a legal planning meeting's decision, the letter
/// before proceedings (which carries the family group decision-making offer, Children Act 1989 s.31ZA), the
/// pre-proceedings meetings, and the outcome (proceedings issued or not, and the court application). What the census
/// 2026-27 <c>PreProceedingsandFGDM</c> block needs is derived from it (<see cref="Application.PreProceedingsCensus"/>).
/// </summary>
public sealed class PreProceedings
{
    private PreProceedings() { }

    public Guid Id { get; private init; }
    public string LaChildId { get; private init; } = "";
    public Guid ReferralId { get; private init; }
    /// <summary>The day pre-proceedings started (<c>PPStartDate</c>).</summary>
    public DateOnly StartDate { get; private init; }
    public LegalPlanningMeeting LegalPlanningMeeting { get; private init; } = null!;
    public LetterBeforeProceedings? Letter { get; private set; }
    public List<PreProceedingsMeeting> Meetings { get; private set; } = [];
    public PreProceedingsOutcome? Outcome { get; private set; }
    /// <summary>The step decision's day (<see cref="PreProceedingsOutcome.DecidedOn"/>) as a column: null while open, so lists and rules can ask.</summary>
    public DateOnly? ConcludedOn { get; private set; }
    public string StartedBy { get; private init; } = "";
    public DateTimeOffset CreatedAt { get; private init; }
    public uint Version { get; private set; }

    public string Status => Outcome is null ? PreProceedingsStatus.Open : PreProceedingsStatus.Concluded;

    /// <summary>Starts pre-proceedings on <paramref name="startDate"/> after the legal planning meeting decided on them.</summary>
    public static PreProceedings Start(Guid id, string laChildId, Guid referralId, DateOnly startDate, LegalPlanningMeeting meeting,
        bool anotherIsOpen, string startedBy, DateTimeOffset now, DateOnly today)
    {
        Rule.Check(
            new OnePreProceedingsAtATime(anotherIsOpen),
            new RecordedDateIsNotInTheFuture("legalPlanningMeeting.heldOn", meeting.HeldOn, today),
            new LegalPlanningMeetingDecidedOnPreProceedings(meeting.Decision),
            new PreProceedingsStartIsInTheCensusYear(startDate, today),
            new PreProceedingsStartIsNotBeforeTheLegalPlanningMeeting(startDate, meeting.HeldOn));
        return new()
        {
            Id = id,
            LaChildId = laChildId,
            ReferralId = referralId,
            StartDate = startDate,
            LegalPlanningMeeting = meeting,
            StartedBy = startedBy,
            CreatedAt = now,
        };
    }

    /// <summary>Records (or corrects) the letter before proceedings: when it was sent and whether it carried the FGDM offer.</summary>
    public void RecordLetter(LetterBeforeProceedings letter, DateOnly today)
    {
        Rule.Check(
            new ConcludedPreProceedingsIsNotChanged(this),
            new RecordedDateIsNotInTheFuture("sentOn", letter.SentOn, today),
            new LetterBeforeProceedingsIsNotBeforeTheStart(StartDate, letter.SentOn));
        Letter = letter;
    }

    /// <summary>Records a pre-proceedings meeting: the initial one once, then reviews after it.</summary>
    public void RecordMeeting(PreProceedingsMeeting meeting, DateOnly today)
    {
        Rule.Check(
            new ConcludedPreProceedingsIsNotChanged(this),
            new RecordedDateIsNotInTheFuture("heldOn", meeting.HeldOn, today),
            new PreProceedingsMeetingIsNotBeforeTheStart(StartDate, meeting.HeldOn),
            new InitialPreProceedingsMeetingComesFirst(this, meeting));
        Meetings = [.. Meetings, meeting];
    }

    /// <summary>Records the step decision and outcome, once: proceedings issued (with the court application) or not.</summary>
    public void Conclude(PreProceedingsOutcome outcome, DateOnly today)
    {
        Rule.Check(
            new ConcludedPreProceedingsIsNotChanged(this),
            new RecordedDateIsNotInTheFuture("decidedOn", outcome.DecidedOn, today),
            new StepDecisionIsNotBeforeTheStart(StartDate, outcome.DecidedOn),
            new CourtApplicationIsMadeWhenProceedingsAreIssued(outcome),
            new CourtApplicationIsNotBeforeTheStepDecision(outcome));
        if (outcome.CourtApplicationOn is { } applied) Rule.Check(new RecordedDateIsNotInTheFuture("courtApplicationOn", applied, today));
        if (outcome.LetterOfIssueOn is { } issued) Rule.Check(new RecordedDateIsNotInTheFuture("letterOfIssueOn", issued, today));
        Outcome = outcome;
        ConcludedOn = outcome.DecidedOn;
    }

    public DateOnly? InitialMeetingOn => Meetings.Where(m => m.Kind == PreProceedingsMeetingKinds.Initial).Select(m => (DateOnly?)m.HeldOn).FirstOrDefault();

    public int ReviewMeetings => Meetings.Count(m => m.Kind == PreProceedingsMeetingKinds.Review);
}

/// <summary>The legal planning meeting that decided on pre-proceedings: when, and its decision (<see cref="LegalPlanningDecisions"/>).</summary>
public sealed record LegalPlanningMeeting(DateOnly HeldOn, string Decision, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>The letter before proceedings: when it was sent, and whether it stated the FGDM offer (Children Act 1989 s.31ZA).</summary>
public sealed record LetterBeforeProceedings(DateOnly SentOn, bool FamilyGroupDecisionMakingOffered, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>A pre-proceedings meeting with the parents and their lawyers: the first (initial) or a review.</summary>
public sealed record PreProceedingsMeeting(Guid MeetingId, DateOnly HeldOn, string Kind, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// How pre-proceedings ended: the step decision's day (<c>StepDecisionDate</c>), the outcome (<see cref="PreProceedingsOutcomes"/>),
/// and when proceedings were issued, the court application (<c>CourtAppDate</c>) and the letter of issue (<c>LetterInitCPDate</c>).
/// </summary>
public sealed record PreProceedingsOutcome(DateOnly DecidedOn, string Outcome, DateOnly? CourtApplicationOn, DateOnly? LetterOfIssueOn,
    string RecordedBy, DateTimeOffset RecordedAt);

public static class LegalPlanningDecisions
{
    /// <summary>Enter pre-proceedings (the Public Law Outline): the letter before proceedings follows.</summary>
    public const string PreProceedings = "pre-proceedings";
    /// <summary>Apply to court at once (no pre-proceedings: not recorded here).</summary>
    public const string IssueProceedings = "issue-proceedings";
    public const string NoLegalAction = "no-legal-action";

    public static IReadOnlyList<string> All { get; } = [PreProceedings, IssueProceedings, NoLegalAction];
}

public static class PreProceedingsMeetingKinds
{
    public const string Initial = "initial";
    public const string Review = "review";

    public static IReadOnlyList<string> All { get; } = [Initial, Review];
}

/// <summary>How pre-proceedings ended. Each maps to a census <c>PPOutcome</c> code (CS131) by configuration: the code meanings are unverified.</summary>
public static class PreProceedingsOutcomes
{
    /// <summary>Care or supervision proceedings issued: the court application is dated.</summary>
    public const string ProceedingsIssued = "proceedings-issued";
    /// <summary>The concerns reduced enough: no proceedings, the case stepped down.</summary>
    public const string SteppedDown = "stepped-down";
    /// <summary>Ended otherwise without proceedings (the child moved away, turned 18, a family arrangement).</summary>
    public const string EndedOtherwise = "ended-otherwise";

    public static IReadOnlyList<string> All { get; } = [ProceedingsIssued, SteppedDown, EndedOtherwise];
}

public static class PreProceedingsStatus
{
    public const string Open = "open";
    public const string Concluded = "concluded";

    public static IReadOnlyList<string> All { get; } = [Open, Concluded];
}
