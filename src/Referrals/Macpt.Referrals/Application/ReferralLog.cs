using Macpt.ServiceDefaults;
using Microsoft.Extensions.Logging;

namespace Macpt.Referrals.Application;

/// <summary>
/// What the intake logs. The child's details travel with the event for whoever reads it through a redaction-aware
/// sink, but every personal field is classified, so the service's redactor erases it before any logger or OTLP
/// exporter sees it: only ids, codes and flags are ever written.
/// </summary>
internal static partial class ReferralLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Referral {ReferralId} received for child {LaChildId} from source {ReferralSource}")]
    public static partial void Received(ILogger logger, Guid referralId, string laChildId, string referralSource, [LogProperties] ReceivedChild child);
}

/// <summary>The child as received, for the log: personal fields marked so they are erased.</summary>
internal sealed record ReceivedChild(
    [property: PersonalData] string? FirstName,
    [property: PersonalData] string? LastName,
    [property: PersonalData] DateOnly? DateOfBirth,
    [property: PersonalData] string? NhsNumber,
    [property: PersonalData] string? Postcode,
    string Sex,
    bool IsReReferral)
{
    public static ReceivedChild From(Domain.Referral r) => new(r.Child.FirstName, r.Child.LastName, r.Child.DateOfBirth, r.Child.NhsNumber,
        r.Child.Address?.Postcode, r.Child.Sex, r.IsReReferral);
}
