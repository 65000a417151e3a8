using Microsoft.AspNetCore.Mvc;

namespace Macpt.Enquiries.Apis;

/// <summary>A check to ask: the agency and, for health, the service (GP, health visitor, ...); the practitioner asking is the token's actor.</summary>
public sealed record RequestAgencyCheckRequest(string? Agency, string? Question, DateOnly? DueOn, string? Service = null);

/// <summary>The agency's answer; who answers, and through which portal, is the token's actor.</summary>
public sealed record AnswerAgencyCheckRequest(string? Answer);

/// <summary>Checks by agency, enquiry and status (<c>outstanding</c>, <c>late</c>, <c>answered</c>).</summary>
public sealed record AgencyCheckQuery([FromQuery(Name = "agency")] string? Agency, [FromQuery(Name = "enquiryId")] Guid? EnquiryId, [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "service")] string? Service = null);
