using System.Text.Json.Serialization;
using Macpt.ServiceDefaults;

namespace Macpt.Referrals.Apis;

/// <summary>A referral as a front-door system (MASH) sends it. Every field is optional here so that a
/// missing one is reported by name rather than as unreadable JSON.</summary>
public sealed record CreateReferralRequest(
    ChildDetails? Child,
    [property: JsonConverter(typeof(CodeJsonConverter))] string? ReferralSource,
    string? Concerns,
    DateTimeOffset? ReceivedAt,
    ReferrerDetails? Referrer = null,
    string? HarmContext = null,
    IReadOnlyList<string>? SuspectedCategories = null);

/// <summary>Several children of one household in one submission: one referral each, linked as siblings.</summary>
public sealed record CreateHouseholdReferralRequest(
    IReadOnlyList<ChildDetails?>? Children,
    [property: JsonConverter(typeof(CodeJsonConverter))] string? ReferralSource,
    string? Concerns,
    DateTimeOffset? ReceivedAt,
    ReferrerDetails? Referrer = null,
    string? HarmContext = null,
    IReadOnlyList<string>? SuspectedCategories = null)
{
    public CreateReferralRequest ForChild(ChildDetails? child) =>
        new(child, ReferralSource, Concerns, ReceivedAt, Referrer, HarmContext, SuspectedCategories);
}

public sealed record ReferrerDetails(string? Agency, string? Role, string? Contact);

public sealed record AddressDetails(string? Line1, string? Line2, string? Town, string? Postcode);

public sealed record ChildDetails(
    string? LaChildId,
    string? FirstName,
    string? LastName,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    [property: JsonConverter(typeof(CodeJsonConverter))] string? Gender,
    string? Ethnicity = null,
    string? NhsNumber = null,
    string? Upn = null,
    AddressDetails? Address = null,
    string? Language = null,
    bool? InterpreterNeeded = null);

/// <summary>The decision and its reasons; the deciding LCPP is the token's actor.</summary>
public sealed record DecideReferralRequest(string? Decision, string? Reason);
