namespace Macpt.FamilyNetworks.Domain;

/// <summary>
/// The episode a request belongs to, so one child gets one request per stage per episode however many
/// times it is asked for: the referral (CIN episode) where there is one, else the upstream record that
/// asked (a strategy discussion, an enquiry, a conference). A practitioner's request always names the referral.
/// </summary>
public static class RequestEpisode
{
    public static Guid For(Guid? referralId, Guid? sourceId) =>
        referralId ?? sourceId ?? throw new ArgumentException("A request needs a referral or the record that asked for it.", nameof(sourceId));
}
