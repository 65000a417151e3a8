namespace Macpt.Contracts.Enquiries;

/// <summary>
/// A Section 47 enquiry asked a partner agency (one of <see cref="Agencies.Partners"/>) for what it knows
/// about the child, to be answered by <see cref="DueOn"/>. The question itself stays in enquiries.
/// </summary>
public sealed record AgencyCheckRequested(
    Guid CheckId,
    Guid EnquiryId,
    Guid? ReferralId,
    string LaChildId,
    string Agency,
    DateOnly RequestedOn,
    DateOnly DueOn,
    /// <summary>For a health check, the service asked (<c>Agencies.HealthServices</c>).</summary>
    string? HealthService = null);
