using Microsoft.AspNetCore.Mvc;

namespace Macpt.Enquiries.Apis;

public sealed record RequestAgencyCheckRequest(string? Agency, string? Question, DateOnly? DueOn, string? RequestedBy);

public sealed record AnswerAgencyCheckRequest(string? Answer, string? AnsweredBy);

/// <summary>Checks by agency, enquiry and status (<c>outstanding</c>, <c>late</c>, <c>answered</c>).</summary>
public sealed record AgencyCheckQuery([FromQuery(Name = "agency")] string? Agency, [FromQuery(Name = "enquiryId")] Guid? EnquiryId, [FromQuery(Name = "status")] string? Status);
