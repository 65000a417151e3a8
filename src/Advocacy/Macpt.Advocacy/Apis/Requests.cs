namespace Macpt.Advocacy.Apis;

public sealed record RegisterParentRequest(
    string? LaChildId,
    string? Name,
    string? Relationship,
    string? Language,
    bool? InterpreterNeeded,
    IReadOnlyList<string?>? ContactPreferences,
    string? Phone,
    string? Email,
    string? Address,
    string? RegisteredBy);

public sealed record RecordConflictRequest(Guid? FirstParentId, Guid? SecondParentId, string? RecordedBy);

public sealed record SendGuideRequest(string? Stage, string? Language, string? Channel, DateOnly? SentOn, string? SentBy);

public sealed record RegisterProviderRequest(string? Name, string? Kind, string? RecordedBy);

public sealed record RegisterAdvocateRequest(string? Name, bool? LivedExperience, IReadOnlyList<string?>? Languages, int? Capacity, string? RecordedBy);

public sealed record CapacityRequest(int? Capacity, string? RecordedBy);

public sealed record AdvocateLeftRequest(DateOnly? LeftOn, string? RecordedBy);

public sealed record AnswerOfferRequest(string? Answer, DateOnly? AnsweredOn, string? RecordedBy);

public sealed record WithdrawConsentRequest(string? RecordedBy);

public sealed record AllocateRequest(Guid? AdvocateId, string? AllocatedBy);

public sealed record FeedbackRequest(string? Stage, int? Score, string? Comment, DateOnly? GivenOn);

public sealed record AttendanceRequest(string? Meeting, DateOnly? MeetingOn, Guid? MeetingId, bool? Attended, string? RecordedBy);
