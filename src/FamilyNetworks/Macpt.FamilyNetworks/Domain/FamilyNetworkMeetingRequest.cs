using Macpt.FamilyNetworks.Domain.Rules;

namespace Macpt.FamilyNetworks.Domain;

/// <summary>
/// A request that the family network be asked what it can do to keep a child safe, at one stage of the
/// process (<see cref="Contracts.FamilyNetworks.FamilyNetworkStages"/>), and everything that follows from it:
/// the offer to the family and their answer, the coordinator, the date and the meeting as held.
/// One per child, stage and episode (<see cref="EpisodeId"/>), whatever asks for it.
/// </summary>
public sealed class FamilyNetworkMeetingRequest
{
    private FamilyNetworkMeetingRequest() { }

    public Guid Id { get; private init; }
    public string LaChildId { get; private init; } = "";
    public string Stage { get; private init; } = "";
    /// <summary>The referral (CIN episode); null when the upstream record had none.</summary>
    public Guid? ReferralId { get; private init; }
    /// <summary>The referral id, or failing that the upstream record's id (see <see cref="RequestEpisode"/>).</summary>
    public Guid EpisodeId { get; private init; }
    public string Source { get; private init; } = "";
    /// <summary>The upstream record that asked (strategy discussion, enquiry, conference); null for a practitioner.</summary>
    public Guid? SourceId { get; private init; }
    public string? RequestedBy { get; private init; }
    public DateTimeOffset RequestedAt { get; private init; }
    /// <summary>The date the meeting is needed by where the stage sets one (the conference date, the ICPC target).</summary>
    public DateOnly? NeededBy { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }
    public string Status { get; private set; } = "";
    public FamilyNetworkOffer? Offer { get; private set; }
    /// <summary>Each offered person's answer, in the order given (<see cref="MeetingGoesAheadIfAnyOneAccepts"/>).</summary>
    public List<OfferAnswer> Answers { get; private set; } = [];
    /// <summary>The day the meeting was first accepted; null until someone offered accepts.</summary>
    public DateOnly? AcceptedOn => MeetingGoesAheadIfAnyOneAccepts.AcceptedOn(Answers);
    public Coordinator? Coordinator { get; private set; }
    public DateOnly? ScheduledFor { get; private set; }
    public FamilyNetworkMeeting? Meeting { get; private set; }
    /// <summary>Why and when it was closed before the meeting; null while open or once held.</summary>
    public RequestClosure? Closure { get; private set; }
    public uint Version { get; private set; }

    public static FamilyNetworkMeetingRequest Create(Guid id, string laChildId, string stage, Guid? referralId, Guid episodeId,
        string source, Guid? sourceId, string? requestedBy, DateTimeOffset requestedAt, DateOnly? neededBy, DateTimeOffset createdAt) => new()
        {
            Id = id,
            LaChildId = laChildId,
            Stage = stage,
            ReferralId = referralId,
            EpisodeId = episodeId,
            Source = source,
            SourceId = sourceId,
            RequestedBy = requestedBy,
            RequestedAt = requestedAt,
            NeededBy = neededBy,
            CreatedAt = createdAt,
            Status = RequestStatus.Requested,
        };

    /// <summary>Records the offer to the family, once; before proceedings it is stated in the letter before proceedings.</summary>
    public void RecordOffer(FamilyNetworkOffer offer, DateOnly today)
    {
        Rule.Check(
            new ClosedRequestIsNotChanged(this),
            new MeetingIsOfferedOnce(this),
            new RecordedDateIsNotInTheFuture("offeredOn", offer.OfferedOn, today),
            new OfferIsNotBeforeTheRequest(this, offer.OfferedOn),
            new PreProceedingsOfferIsInTheLetterBeforeProceedings(Stage, offer.LetterBeforeProceedingsOn),
            new PreProceedingsOfferIsMadeToParentalResponsibility(Stage, offer));
        if (offer.LetterBeforeProceedingsOn is { } letter) Rule.Check(new RecordedDateIsNotInTheFuture("letterBeforeProceedingsOn", letter, today));
        Offer = offer;
        Status = RequestStatus.Offered;
    }

    /// <summary>
    /// Records one offered person's answer, once each: the meeting goes ahead once any one accepts, and is declined only
    /// when all have declined (<see cref="MeetingGoesAheadIfAnyOneAccepts"/>).
    /// </summary>
    public void RecordAnswer(OfferAnswer answer, DateOnly today)
    {
        Rule.Check(
            new ClosedRequestIsNotChanged(this),
            new AnswerIsToAnOffer(this),
            new AnswerIsFromAPersonOffered(this, answer.PersonId),
            new EachPersonAnswersOnce(this, answer.PersonId),
            new RecordedDateIsNotInTheFuture("answeredOn", answer.AnsweredOn, today),
            new AnswerIsNotBeforeTheOffer(this, answer.AnsweredOn));
        Answers = [.. Answers, answer];
        // Once accepted (or scheduled) it stays so: a later decline does not stop a meeting someone accepted.
        if (Status == RequestStatus.Offered) Status = MeetingGoesAheadIfAnyOneAccepts.StatusAfter(Offer!, Answers);
    }

    /// <summary>
    /// The local authority decides the meeting is not in the child's best interests (Children Act 1989 s.31ZA): recorded
    /// with its reason and who decided (the caller), it closes the request, and no meeting follows.
    /// </summary>
    public void RecordBestInterestsException(DateOnly decidedOn, string reason, string decidedBy, DateTimeOffset now, DateOnly today)
    {
        Rule.Check(
            new ClosedRequestIsNotChanged(this),
            new BestInterestsExceptionIsBeforeTheMeeting(this),
            new RecordedDateIsNotInTheFuture("decidedOn", decidedOn, today));
        Closure = new RequestClosure(Contracts.FamilyNetworks.MeetingRequestClosureReasons.NotInTheChildsBestInterests, decidedOn, null, decidedBy, reason, now);
        Status = RequestStatus.Closed;
    }

    /// <summary>Allocates (or re-allocates) the coordinator until the meeting is held.</summary>
    public void Allocate(Coordinator coordinator, DateOnly today)
    {
        Rule.Check(
            new ClosedRequestIsNotChanged(this),
            new MeetingIsHeldOnce(this, "coordinatorId"),
            new RecordedDateIsNotInTheFuture("allocatedOn", coordinator.AllocatedOn, today),
            new CoordinatorIsNotAllocatedBeforeTheRequest(this, coordinator.AllocatedOn),
            new PreProceedingsCoordinatorIsIndependent(Stage, coordinator.Independent));
        Coordinator = coordinator;
    }

    /// <summary>Sets (or moves) the meeting's date once the family has accepted, until it is held.</summary>
    public void Schedule(DateOnly date)
    {
        Rule.Check(
            new ClosedRequestIsNotChanged(this),
            new MeetingIsHeldOnce(this, "scheduledFor"),
            new MeetingIsAcceptedByTheFamily(this),
            new MeetingIsNotDatedBeforeTheAcceptance(this, date));
        ScheduledFor = date;
        Status = RequestStatus.Scheduled;
    }

    /// <summary>
    /// The child protection process ended (<see cref="ExitClosesTheChildProtectionRequests"/>): the request closes with the
    /// exit's reason, and no meeting follows it.
    /// </summary>
    public void CloseAtExit(ProcessExit exit, DateTimeOffset now)
    {
        Rule.Check(new ExitClosesTheChildProtectionRequests(this, exit));
        Closure = new RequestClosure(exit.Reason, exit.EndedOn, exit.SourceId, null, null, now);
        Status = RequestStatus.Closed;
    }

    /// <summary>Records the meeting as held, once, prepared by the coordinator allocated to it.</summary>
    public FamilyNetworkMeeting RecordMeeting(Guid meetingId, DateOnly heldOn, List<NetworkMember> networkMembers, ChildParticipation childParticipation,
        bool privateFamilyTime, string recordedBy, DateTimeOffset recordedAt, DateOnly today)
    {
        Rule.Check(
            new ClosedRequestIsNotChanged(this),
            new MeetingIsHeldOnce(this, "heldOn"),
            new RecordedDateIsNotInTheFuture("heldOn", heldOn, today),
            new MeetingIsAcceptedByTheFamily(this),
            new MeetingIsHeldAfterItsPreparation(this, heldOn));
        Meeting = new FamilyNetworkMeeting(meetingId, heldOn, networkMembers, childParticipation, privateFamilyTime,
            Coordinator!.CoordinatorId, recordedBy, recordedAt);
        Status = RequestStatus.Held;
        return Meeting;
    }
}
