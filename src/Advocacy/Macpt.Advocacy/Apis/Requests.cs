namespace Macpt.Advocacy.Apis;

// Who registers, records, sends or allocates is never in a body: it is the caller, from the token (AdvocacyServices.ActorId).

public sealed record RegisterParentRequest(
    string? LaChildId,
    string? Name,
    string? Relationship,
    string? Language,
    bool? InterpreterNeeded,
    IReadOnlyList<string?>? ContactPreferences,
    string? Phone,
    string? Email,
    string? Address);

public sealed record RecordConflictRequest(Guid? FirstParentId, Guid? SecondParentId);

public sealed record SendGuideRequest(string? Stage, string? Language, string? Channel, DateOnly? SentOn);

public sealed record RegisterProviderRequest(string? Name, string? Kind);

public sealed record RegisterAdvocateRequest(string? Name, bool? LivedExperience, IReadOnlyList<string?>? Languages, int? Capacity);

public sealed record CapacityRequest(int? Capacity);

public sealed record AdvocateLeftRequest(DateOnly? LeftOn);

public sealed record AnswerOfferRequest(string? Answer, DateOnly? AnsweredOn);

/// <summary>The advocate allocated (named here); who allocates is the caller, from the token.</summary>
public sealed record AllocateRequest(Guid? AdvocateId);

public sealed record FeedbackRequest(string? Stage, int? Score, string? Comment, DateOnly? GivenOn);

public sealed record AttendanceRequest(string? Meeting, DateOnly? MeetingOn, Guid? MeetingId, bool? Attended);
