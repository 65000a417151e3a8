using Macpt.Referrals.Domain.Escalations;
using Macpt.ServiceDefaults.Security;

namespace Macpt.Referrals.Application;

/// <summary>
/// Who sees a disagreement (object-level access): the MACPT sees all; a partner agency only those it raised or
/// that are about its own decisions. Any other answers 404, so that its existence does not leak.
/// </summary>
public static class DisagreementAccess
{
    public static IQueryable<ProfessionalDisagreement> VisibleTo(this IQueryable<ProfessionalDisagreement> disagreements, Actor actor) =>
        actor.IsPartner ? disagreements.Where(d => d.RaisedByAgency == actor.Agency || d.AboutAgency == actor.Agency) : disagreements;
}
