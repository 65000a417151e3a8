using Macpt.Enquiries.Domain.Rules;
using Macpt.Enquiries.Domain.Timescales;
using Macpt.Rules;
using Macpt.WorkingDays;

namespace Macpt.Enquiries.Domain;

/// <summary>
/// A multi-agency strategy discussion about one child (Working Together 2023, ch. 4): convened when
/// a referral is decided for strategy discussion or immediate protection, or directly by an LCPP for a
/// child already known (a new concern on an open case). Siblings may be discussed together at one meeting
/// (<see cref="JointMeetingId"/>), each keeping their own outcome.
/// </summary>
public sealed class StrategyDiscussion
{
    private StrategyDiscussion() { }

    public Guid Id { get; private init; }
    /// <summary>The referral (CIN episode) that asked for it; null when convened for a child already known.</summary>
    public Guid? ReferralId { get; private init; }
    public string LaChildId { get; private init; } = "";
    public string Urgency { get; private init; } = "";
    public string Status { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private init; }
    public DateOnly DueBy { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset? ScheduledFor { get; private set; }
    /// <summary>The chairing Lead Child Protection Practitioner's id.</summary>
    public string? ChairId { get; private set; }
    public List<Attendee> Attendees { get; private set; } = [];
    public StrategyDiscussionOutcome? Outcome { get; private set; }
    /// <summary>Who asked for it: the referral's decision, or an LCPP directly (<see cref="RequestedBy"/>).</summary>
    public string Source { get; private init; } = StrategyDiscussionSource.Referral;
    public string? RequestedBy { get; private init; }
    /// <summary>The new concern that led an LCPP to convene it directly: free text, never logged or published.</summary>
    public string? Concern { get; private init; }
    /// <summary>Shared by the discussions of children discussed together at one meeting.</summary>
    public Guid? JointMeetingId { get; private set; }
    /// <summary>Set when the child is unborn (CIN <c>ExpectedPersonBirthDate</c>): an enquiry it starts is about an unborn child.</summary>
    public DateOnly? ExpectedDateOfBirth { get; private init; }
    /// <summary>The Section 47 enquiry its threshold decision started, or joined when the child already had one open.</summary>
    public Guid? Section47EnquiryId { get; private set; }
    /// <summary>The threshold was met while the child had an open enquiry: this discussion joined it (<see cref="OneOpenSection47PerChild"/>).</summary>
    public bool JoinedOpenEnquiry { get; private set; }
    public uint Version { get; private set; }

    /// <summary>
    /// Sets (or moves) the date, the chair and who is invited, until the discussion is held. Children discussed
    /// together (<paramref name="discussedWith"/>, siblings say) are convened at the same meeting; each keeps its
    /// own outcome.
    /// </summary>
    public void Convene(DateTimeOffset scheduledFor, string chairId, IReadOnlyList<Attendee> attendees, IReadOnlyList<StrategyDiscussion>? discussedWith = null)
    {
        discussedWith ??= [];
        Rule.Check(new HeldDiscussionIsNotReconvened(this), new DiscussionsJoinedAreNotHeld(discussedWith));
        Guid? jointMeetingId = discussedWith.Count > 0 ? JointMeetingId ?? Id : null;
        foreach (var discussion in discussedWith.Prepend(this))
        {
            discussion.JointMeetingId = jointMeetingId;
            discussion.ScheduledFor = scheduledFor;
            discussion.ChairId = chairId;
            discussion.Attendees = attendees.ToList();
            discussion.Status = StrategyDiscussionStatus.Convened;
        }
    }

    /// <summary>
    /// Records the threshold decision. When the threshold is met a Section 47 enquiry starts on the day held, its
    /// initial conference due by <see cref="InitialConferenceTarget"/>; it is returned for the caller to store. When the
    /// child already has an open enquiry (<paramref name="openEnquiryId"/>) the discussion joins it and none starts
    /// (<see cref="OneOpenSection47PerChild"/>). A discussion held out of hours by the emergency duty team or the police
    /// is dated the day it was held, even before it was asked for here, and its ICPC target counts from that day.
    /// </summary>
    public Section47Enquiry? RecordOutcome(StrategyDiscussionOutcome outcome, Guid enquiryId, WorkingDayCalendar calendar,
        Guid? openEnquiryId = null, StrategyDiscussionTargets? targets = null)
    {
        Rule.Check(
            new OutcomeIsRecordedOnce(this),
            new DiscussionIsNotHeldInTheFuture(outcome.HeldOn, outcome.RecordedAt),
            new ThresholdDecisionNeedsRequiredAgencies(outcome.Attended));
        if (outcome.IsOutOfHours)
        {
            Rule.Check(new OutOfHoursDiscussionIsRecordedByTheNextWorkingDay(outcome.HeldOn, outcome.RecordedAt,
                (targets ?? new StrategyDiscussionTargets()).OutOfHoursRecordedWithinWorkingDays, calendar));
        }
        else
        {
            Rule.Check(new DiscussionIsNotHeldBeforeItWasScheduled(this, outcome.HeldOn), new DiscussionIsNotHeldBeforeItWasAskedFor(this, outcome.HeldOn));
        }
        Outcome = outcome;
        Status = StrategyDiscussionStatus.Held;
        if (!outcome.ThresholdMet) return null;
        if (openEnquiryId is { } open)
        {
            Section47EnquiryId = open;
            JoinedOpenEnquiry = true;
            return null;
        }
        var enquiry = Section47Enquiry.Start(enquiryId, this, outcome.HeldOn, InitialConferenceTarget.After(outcome.HeldOn, calendar), outcome.RecordedAt, openEnquiryId);
        Section47EnquiryId = enquiry.Id;
        return enquiry;
    }

    /// <summary>Whether <paramref name="agency"/> is part of it: invited when convened, or recorded as attending.</summary>
    public bool Involves(string agency) =>
        Attendees.Any(a => a.Agency == agency) || Outcome?.Attended.Any(a => a.Agency == agency) == true;

    public static StrategyDiscussion RequestedByReferral(Guid id, Guid referralId, string laChildId, string urgency,
        DateTimeOffset requestedAt, DateOnly dueBy, DateTimeOffset createdAt, DateOnly? expectedDateOfBirth = null) => new()
        {
            ExpectedDateOfBirth = expectedDateOfBirth,
            Id = id,
            ReferralId = referralId,
            LaChildId = laChildId,
            Urgency = urgency,
            Status = StrategyDiscussionStatus.Awaiting,
            RequestedAt = requestedAt,
            DueBy = dueBy,
            CreatedAt = createdAt,
        };

    public static StrategyDiscussion RequestedDirectly(Guid id, Guid? referralId, string laChildId, string urgency, string concern,
        string requestedBy, DateTimeOffset requestedAt, DateOnly dueBy, DateOnly? expectedDateOfBirth = null) => new()
        {
            ExpectedDateOfBirth = expectedDateOfBirth,
            Id = id,
            ReferralId = referralId,
            LaChildId = laChildId,
            Urgency = urgency,
            Status = StrategyDiscussionStatus.Awaiting,
            Source = StrategyDiscussionSource.Direct,
            RequestedBy = requestedBy,
            Concern = concern,
            RequestedAt = requestedAt,
            DueBy = dueBy,
            CreatedAt = requestedAt,
        };
}

public static class StrategyDiscussionSource
{
    public const string Referral = "referral";
    public const string Direct = "direct";
}

public static class StrategyDiscussionStatus
{
    public const string Awaiting = "awaiting";
    public const string Convened = "convened";
    public const string Held = "held";
}

public static class StrategyDiscussionUrgency
{
    /// <summary>Emergency action taken or needed: due at once.</summary>
    public const string Immediate = "immediate";
    public const string Standard = "standard";

    public static readonly IReadOnlyList<string> All = [Immediate, Standard];
}
