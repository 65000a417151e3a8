using Macpt.FamilyNetworks.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Macpt.FamilyNetworks.Apis;

/// <summary>An LCPP or the family's lead practitioner asks for a family network meeting at a stage of one referral.</summary>
public sealed record RequestMeetingRequest(string? LaChildId, string? Stage, Guid? ReferralId, DateOnly? NeededBy)
{
    public RequestTrigger ToTrigger(string requestedBy, DateTimeOffset now) =>
        new(LaChildId!, Stage!, ReferralId, RequestSources.Practitioner, null, requestedBy, now, NeededBy);
}

public sealed record OfferRequest(IReadOnlyList<OfferedPersonRequest?>? OfferedTo, DateOnly? OfferedOn, DateOnly? LetterBeforeProceedingsOn)
{
    /// <summary>The offer, each person given the id their own answer names.</summary>
    public FamilyNetworkOffer ToOffer(string offeredBy, DateTimeOffset now) =>
        new(OfferedTo!.Select(p => new OfferedPerson(Guid.CreateVersion7(now), p!.Name!.Trim(), p.Relationship!, p.ParentalResponsibility!.Value)).ToList(),
            OfferedOn!.Value, offeredBy, LetterBeforeProceedingsOn, now, Guid.CreateVersion7(now));
}

/// <summary>A person offered the meeting, and whether they hold parental responsibility for the child (s.31ZA).</summary>
public sealed record OfferedPersonRequest(string? Name, string? Relationship, bool? ParentalResponsibility);

/// <summary>One offered person's answer (<c>personId</c> from the offer's <c>offeredTo</c>).</summary>
public sealed record AnswerRequest(Guid? PersonId, string? Answer, DateOnly? AnsweredOn, string? DeclineReason)
{
    public OfferAnswer ToAnswer(string recordedBy, DateTimeOffset now)
    {
        var accepted = Answer == FamilyAnswers.Accepted;
        return new(PersonId!.Value, accepted, AnsweredOn!.Value, accepted ? null : DeclineReason!.Trim(), recordedBy, now);
    }
}

/// <summary>The local authority's decision that the meeting is not in the child's best interests (s.31ZA); who decided is the caller.</summary>
public sealed record BestInterestsExceptionRequest(DateOnly? DecidedOn, string? Reason);

/// <summary>The coordinator allocated (another person, named here); who allocates is the caller.</summary>
public sealed record CoordinatorRequest(string? CoordinatorId, bool? Independent, DateOnly? AllocatedOn)
{
    public Coordinator ToCoordinator(string allocatedBy) => new(CoordinatorId!, Independent!.Value, AllocatedOn!.Value, allocatedBy);
}

public sealed record MeetingDateRequest(DateOnly? ScheduledFor);

public sealed record MeetingHeldRequest(
    DateOnly? HeldOn,
    IReadOnlyList<NetworkMemberRequest?>? NetworkMembers,
    ChildParticipationRequest? ChildParticipation,
    bool? PrivateFamilyTime)
{
    public List<NetworkMember> ToNetwork() =>
        NetworkMembers!.Select(m => new NetworkMember(m!.Name!.Trim(), m.Relationship!, m.Offers!.Select(o => o!).ToList(), m.Present!.Value)).ToList();

    public ChildParticipation ToChildParticipation() => new(ChildParticipation!.TookPart!.Value, ChildParticipation.How!);
}

public sealed record NetworkMemberRequest(string? Name, string? Relationship, IReadOnlyList<string?>? Offers, bool? Present);

public sealed record ChildParticipationRequest(bool? TookPart, string? How);

/// <summary>
/// The filters of the requests list: by child, referral, stage or status, or the work lists <c>awaiting=offer</c>
/// (not yet offered), <c>awaiting=answer</c> (offers awaiting the family's answer) and <c>awaiting=date</c>
/// (accepted meetings without a date).
/// </summary>
public sealed record MeetingRequestsQuery([FromQuery(Name = "laChildId")] string? LaChildId, [FromQuery(Name = "referralId")] Guid? ReferralId, [FromQuery(Name = "stage")] string? Stage, [FromQuery(Name = "status")] string? Status, [FromQuery(Name = "awaiting")] string? Awaiting)
{
    /// <summary>Each work list and the status it lists.</summary>
    public static IReadOnlyDictionary<string, string> WorkLists { get; } = new Dictionary<string, string>
    {
        ["offer"] = RequestStatus.Requested,
        ["answer"] = RequestStatus.Offered,
        ["date"] = RequestStatus.Accepted,
    };

    public IQueryable<FamilyNetworkMeetingRequest> Filter(IQueryable<FamilyNetworkMeetingRequest> query)
    {
        if (LaChildId is not null) query = query.Where(r => r.LaChildId == LaChildId);
        if (ReferralId is { } id) query = query.Where(r => r.ReferralId == id);
        if (Stage is not null) query = query.Where(r => r.Stage == Stage);
        if (Status is not null) query = query.Where(r => r.Status == Status);
        if (Awaiting is not null && WorkLists.TryGetValue(Awaiting, out var awaited)) query = query.Where(r => r.Status == awaited);
        return query;
    }
}
