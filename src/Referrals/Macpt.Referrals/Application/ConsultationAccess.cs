using Macpt.Referrals.Domain;
using Macpt.ServiceDefaults.Security;

namespace Macpt.Referrals.Application;

/// <summary>
/// Who asked a consultation, and who may read it afterwards (object-level access: a partner agency sees only
/// those it asked; anything else is not found, so that its existence does not leak).
/// </summary>
public static class ConsultationAccess
{
    /// <summary>
    /// The consulting agency: a partner's is its own (from the token); a local authority caller (the front door
    /// relaying Family Help, say) names which service is asking.
    /// </summary>
    public static string RequesterAgency(Actor actor, string? named) => actor.IsPartner ? actor.Agency : named!;

    /// <summary>The consultations <paramref name="actor"/> may read.</summary>
    public static IQueryable<CaseConsultation> VisibleTo(this IQueryable<CaseConsultation> consultations, Actor actor) =>
        actor.IsPartner ? consultations.Where(c => c.AskedByAgency == actor.Agency) : consultations;
}
