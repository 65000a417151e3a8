namespace Macpt.Enquiries.Apis;

public sealed record RequestAgencyCheckRequest(string? Agency, string? Question, DateOnly? DueOn, string? RequestedBy);

public sealed record AnswerAgencyCheckRequest(string? Answer, string? AnsweredBy);
