using Microsoft.AspNetCore.Mvc;

namespace Macpt.Enquiries.Apis;

/// <summary>A check to ask; the practitioner asking is the token's actor.</summary>
public sealed record RequestAgencyCheckRequest(string? Agency, string? Question, DateOnly? DueOn);

/// <summary>The agency's answer; who answers, and through which portal, is the token's actor.</summary>
public sealed record AnswerAgencyCheckRequest(string? Answer);

/// <summary>Checks by agency, enquiry and status (<c>outstanding</c>, <c>late</c>, <c>answered</c>).</summary>
public sealed record AgencyCheckQuery([FromQuery(Name = "agency")] string? Agency, [FromQuery(Name = "enquiryId")] Guid? EnquiryId, [FromQuery(Name = "status")] string? Status);
