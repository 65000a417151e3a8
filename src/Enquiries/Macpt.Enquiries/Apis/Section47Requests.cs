using Microsoft.AspNetCore.Mvc;

namespace Macpt.Enquiries.Apis;

/// <summary>The child seen; who records it is the token's actor.</summary>
public sealed record ChildSeenRequest(DateOnly? SeenOn, bool? SeenAlone, string? ChildsWords, string? OthersSeen);

/// <summary>The enquiry's outcome; who records it is the token's actor.</summary>
public sealed record CompleteEnquiryRequest(string? Outcome, string? Reasons, DateOnly? CompletedOn, string? NotSeenReason);

/// <summary>Open enquiries, one referral's, or those whose ICPC target is within 3 working days or has passed.</summary>
public sealed record Section47EnquiryQuery([FromQuery(Name = "referralId")] Guid? ReferralId, [FromQuery(Name = "icpcTarget")] string? IcpcTarget)
{
    public const string TargetWithin3WorkingDays = "within-3-working-days";
    public const string TargetPassed = "passed";

    public static IReadOnlyList<string> IcpcTargets { get; } = [TargetWithin3WorkingDays, TargetPassed];
}
