namespace Macpt.FamilyNetworks.Apis;

/// <summary>An LCPP or the family's lead practitioner asks for a family network meeting at a stage of one referral.</summary>
public sealed record RequestMeetingRequest(string? LaChildId, string? Stage, Guid? ReferralId, string? RequestedBy, DateOnly? NeededBy);

public sealed record OfferRequest(IReadOnlyList<OfferedPersonRequest?>? OfferedTo, DateOnly? OfferedOn, string? OfferedBy, DateOnly? LetterBeforeProceedingsOn);

public sealed record OfferedPersonRequest(string? Name, string? Relationship);

public sealed record AnswerRequest(string? Answer, DateOnly? AnsweredOn, string? DeclineReason, string? RecordedBy);

public sealed record CoordinatorRequest(string? CoordinatorId, bool? Independent, DateOnly? AllocatedOn, string? AllocatedBy);

public sealed record MeetingDateRequest(DateOnly? ScheduledFor);

public sealed record MeetingHeldRequest(
    DateOnly? HeldOn,
    IReadOnlyList<NetworkMemberRequest?>? NetworkMembers,
    ChildParticipationRequest? ChildParticipation,
    bool? PrivateFamilyTime,
    string? RecordedBy);

public sealed record NetworkMemberRequest(string? Name, string? Relationship, IReadOnlyList<string?>? Offers, bool? Present);

public sealed record ChildParticipationRequest(bool? TookPart, string? How);
