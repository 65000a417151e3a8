using Microsoft.AspNetCore.Mvc;

namespace Macpt.Enquiries.Apis;

public sealed record ChildSeenRequest(DateOnly? SeenOn, bool? SeenAlone, string? ChildsWords, string? OthersSeen, string? RecordedBy);

public sealed record CompleteEnquiryRequest(string? Outcome, string? Reasons, DateOnly? CompletedOn, string? NotSeenReason, string? RecordedBy);

/// <summary>Open enquiries, one referral's, or those whose ICPC target is within 3 working days or has passed.</summary>
public sealed record Section47EnquiryQuery([FromQuery(Name = "referralId")] Guid? ReferralId, [FromQuery(Name = "icpcTarget")] string? IcpcTarget)
{
    public const string TargetWithin3WorkingDays = "within-3-working-days";
    public const string TargetPassed = "passed";

    public static IReadOnlyList<string> IcpcTargets { get; } = [TargetWithin3WorkingDays, TargetPassed];
}
