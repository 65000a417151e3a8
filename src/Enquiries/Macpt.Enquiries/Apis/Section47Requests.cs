namespace Macpt.Enquiries.Apis;

public sealed record ChildSeenRequest(DateOnly? SeenOn, bool? SeenAlone, string? ChildsWords, string? OthersSeen, string? RecordedBy);

public sealed record CompleteEnquiryRequest(string? Outcome, string? Reasons, DateOnly? CompletedOn, string? NotSeenReason, string? RecordedBy);
