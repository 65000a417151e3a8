namespace Macpt.Referrals.Domain;

/// <summary>Where a case consultation is: open, advised, or become a referral (the API's codes).</summary>
public static class ConsultationStatus
{
    public const string Open = "open";
    public const string Advised = "advised";
    public const string BecameReferral = "became-referral";
}
