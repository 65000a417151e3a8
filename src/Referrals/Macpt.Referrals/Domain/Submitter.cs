namespace Macpt.Referrals.Domain;

/// <summary>
/// Who sent a referral, from the caller's access token (never the body): the practitioner's or system's id, its
/// agency, and the client (front door or partner portal) it came through. <see cref="Referrer"/> is the person the
/// body names; this is who is acting.
/// </summary>
public sealed record Submitter(string Id, string Agency, string ClientId)
{
    public bool IsPartner => Agency != Contracts.Agencies.LocalAuthority;
}
