using System.Text.Json.Serialization;
using Macpt.Contracts.Cin;
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

/// <summary>
/// The child. <see cref="Sex"/> is the CIN census code (M, F, U) recorded from 2024-25. During the transition a
/// front door that still sends the old <see cref="Gender"/> (GenderCurrent 0/1/2/9) instead is accepted and mapped
/// (<see cref="Sexes.FromGenderCurrent"/>); sending both is refused, so one value is never silently preferred.
/// </summary>
public sealed record ChildDetails(
    string? LaChildId,
    string? FirstName,
    string? LastName,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    [property: JsonConverter(typeof(CodeJsonConverter))] string? Sex,
    string? Ethnicity = null,
    string? NhsNumber = null,
    string? Upn = null,
    AddressDetails? Address = null,
    string? Language = null,
    bool? InterpreterNeeded = null,
    [property: JsonConverter(typeof(CodeJsonConverter))] string? Gender = null)
{
    /// <summary>The census Sex code: as sent, or mapped from the old gender code (validation has checked them).</summary>
    public string? SexCode() => Sex ?? (Gender is { } g ? Sexes.FromGenderCurrent.GetValueOrDefault(g) : null);
}

/// <summary>
/// The decision and its reasons; the deciding LCPP is the token's actor. A <c>family-help</c> decision steps the case
/// down: it names the Family Help lead (a practitioner id) and the handover date.
/// </summary>
public sealed record DecideReferralRequest(string? Decision, string? Reason, string? FamilyHelpLeadId = null, DateOnly? HandoverDate = null);
