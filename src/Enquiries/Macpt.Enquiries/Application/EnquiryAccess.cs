using Macpt.Contracts;
using Macpt.Enquiries.Domain;
using Macpt.ServiceDefaults.Security;

namespace Macpt.Enquiries.Application;

/// <summary>
/// Which records an admitted partner agency sees (object-level access): the checks addressed to it and the strategy
/// discussions it was invited to or attended. Anything else is not found (404), so that its existence does not leak.
/// The local authority (the MACPT) sees them all.
/// </summary>
public static class EnquiryAccess
{
    public static IQueryable<AgencyCheck> VisibleTo(this IQueryable<AgencyCheck> checks, Actor actor) =>
        actor.IsPartner ? checks.Where(c => c.Agency == actor.Agency) : checks;

    /// <summary>A partner lists only its own checks: asking for another agency's is refused (403; no record is named).</summary>
    public static bool MayList(Actor actor, string? agency) => !actor.IsPartner || agency is null || agency == actor.Agency;

    /// <summary>The agency a list is for: a partner's own, whatever it asked; the local authority's choice otherwise.</summary>
    public static string? ListedAgency(Actor actor, string? agency) => actor.IsPartner ? actor.Agency : agency;

    /// <summary>
    /// Only the agency asked answers its check (the local authority may read it, not answer for it), except an agency with
    /// no portal of its own (probation, youth justice, housing: not one of <see cref="Agencies.Callers"/>): the MACPT
    /// records the answer it gave.
    /// </summary>
    public static bool Answers(Actor actor, AgencyCheck check) =>
        actor.Agency == check.Agency || (!Agencies.Callers.Contains(check.Agency) && actor.Agency == Agencies.LocalAuthority);

    public static bool MaySee(Actor actor, StrategyDiscussion discussion) => !actor.IsPartner || discussion.Involves(actor.Agency);
}
