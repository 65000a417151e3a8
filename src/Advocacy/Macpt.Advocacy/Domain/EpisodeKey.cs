namespace Macpt.Advocacy.Domain;

/// <summary>
/// How events are matched to an episode: by the referral (the CIN episode) they carry; when an event has
/// none, by the child and the Section 47 enquiry. Keys are ids and codes only.
/// </summary>
public static class EpisodeKey
{
    public static string ForReferral(Guid referralId) => $"referral:{referralId:N}";

    public static string ForEnquiry(string laChildId, Guid enquiryId) => $"child:{laChildId}:enquiry:{enquiryId:N}";

    /// <summary>A conference or plan with neither a referral nor an enquiry, and no open episode for the child: its own episode.</summary>
    public static string ForOwnEvent(string laChildId, string kind, Guid id) => $"child:{laChildId}:{kind}:{id:N}";

    /// <summary>The key an event names directly, or null when it must be found from the child's open episode.</summary>
    public static string? Of(Guid? referralId, string laChildId, Guid? enquiryId) =>
        referralId is { } r ? ForReferral(r) : enquiryId is { } e ? ForEnquiry(laChildId, e) : null;
}
