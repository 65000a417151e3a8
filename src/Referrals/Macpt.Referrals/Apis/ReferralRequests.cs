using System.Text.Json.Serialization;
using Macpt.ServiceDefaults;

namespace Macpt.Referrals.Apis;

/// <summary>A referral as a front-door system (MASH) sends it. Every field is optional here so that a
/// missing one is reported by name rather than as unreadable JSON.</summary>
public sealed record CreateReferralRequest(
    ChildDetails? Child,
    [property: JsonConverter(typeof(CodeJsonConverter))] string? ReferralSource,
    string? Concerns,
    DateTimeOffset? ReceivedAt);

public sealed record ChildDetails(
    string? LaChildId,
    string? FirstName,
    string? LastName,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    [property: JsonConverter(typeof(CodeJsonConverter))] string? Gender);

public sealed record DecideReferralRequest(string? Decision, string? Reason, string? DecidedBy);
