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
    /// <summary>The referral id, or failing that the upstream record's id (see <see cref="Rules.RequestEpisode"/>).</summary>
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
    public OfferAnswer? Answer { get; private set; }
    public Coordinator? Coordinator { get; private set; }
    public DateOnly? ScheduledFor { get; private set; }
    public FamilyNetworkMeeting? Meeting { get; private set; }
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

    public void RecordOffer(FamilyNetworkOffer offer)
    {
        if (Offer is not null) throw new InvalidOperationException("The meeting has already been offered.");
        Offer = offer;
        Status = RequestStatus.Offered;
    }

    public void RecordAnswer(OfferAnswer answer)
    {
        if (Offer is null) throw new InvalidOperationException("The meeting has not been offered.");
        if (Answer is not null) throw new InvalidOperationException("The family has already answered.");
        Answer = answer;
        Status = answer.Accepted ? RequestStatus.Accepted : RequestStatus.Declined;
    }

    /// <summary>Allocates (or re-allocates) the coordinator until the meeting is held.</summary>
    public void Allocate(Coordinator coordinator)
    {
        if (Meeting is not null) throw new InvalidOperationException("The meeting has been held.");
        Coordinator = coordinator;
    }

    /// <summary>Sets (or moves) the meeting's date once the family has accepted.</summary>
    public void Schedule(DateOnly date)
    {
        if (Answer is not { Accepted: true }) throw new InvalidOperationException("The family has not accepted the meeting.");
        if (Meeting is not null) throw new InvalidOperationException("The meeting has been held.");
        ScheduledFor = date;
        Status = RequestStatus.Scheduled;
    }

    public void RecordMeeting(FamilyNetworkMeeting meeting)
    {
        if (Answer is not { Accepted: true }) throw new InvalidOperationException("The family has not accepted the meeting.");
        if (Meeting is not null) throw new InvalidOperationException("The meeting has already been recorded.");
        Meeting = meeting;
        Status = RequestStatus.Held;
    }
}
