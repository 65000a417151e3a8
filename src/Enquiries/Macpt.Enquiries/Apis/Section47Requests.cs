using Microsoft.AspNetCore.Mvc;

namespace Macpt.Enquiries.Apis;

/// <summary>The child seen; who records it is the token's actor.</summary>
public sealed record ChildSeenRequest(DateOnly? SeenOn, bool? SeenAlone, string? ChildsWords, string? OthersSeen);

/// <summary>
/// The enquiry's outcome; who records it is the token's actor. With no conference (not substantiated, or substantiated
/// and not at continuing risk) the case steps down to Family Help: the request names the Family Help lead and the handover date.
/// </summary>
public sealed record CompleteEnquiryRequest(string? Outcome, string? Reasons, DateOnly? CompletedOn, string? NotSeenReason,
    string? FamilyHelpLeadId = null, DateOnly? HandoverDate = null);

/// <summary>Open enquiries, one referral's, or those whose ICPC target is within 3 working days or has passed.</summary>
public sealed record Section47EnquiryQuery([FromQuery(Name = "referralId")] Guid? ReferralId, [FromQuery(Name = "icpcTarget")] string? IcpcTarget)
{
    public const string TargetWithin3WorkingDays = "within-3-working-days";
    public const string TargetPassed = "passed";

    public static IReadOnlyList<string> IcpcTargets { get; } = [TargetWithin3WorkingDays, TargetPassed];
}
