using Macpt.Conferences.Domain;
using Macpt.Conferences.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Application;

/// <summary>
/// The advocates a conference about a child invites: those allocated to the child's parents and not ended.
/// Once an advocacy ends, that advocate is never invited again for that parent, even if a late or repeated
/// allocation arrives.
/// </summary>
public static class ParentAdvocates
{
    public static async Task<List<AdvocateInvitation>> ToInviteAsync(ConferencesDbContext db, string laChildId, CancellationToken ct)
    {
        var rows = await db.ParentAdvocates.AsNoTracking().Where(a => a.LaChildId == laChildId).ToListAsync(ct);
        return Active(rows);
    }

    /// <summary>Advocates whose advocacy for this child ended and who hold no allocation still running for it.</summary>
    public static async Task<HashSet<string>> EndedAsync(ConferencesDbContext db, string laChildId, CancellationToken ct)
    {
        var rows = await db.ParentAdvocates.AsNoTracking().Where(a => a.LaChildId == laChildId).ToListAsync(ct);
        var active = Active(rows).Select(a => a.AdvocateId).ToHashSet();
        return rows.Where(r => r.EndedAt is not null && !active.Contains(r.AdvocateId))
            .Select(r => r.AdvocateId.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    internal static List<AdvocateInvitation> Active(IReadOnlyList<ParentAdvocate> rows)
    {
        var ended = rows.Where(r => r.EndedAt is not null).Select(r => (r.ParentId, r.AdvocateId)).ToHashSet();
        return rows.Where(r => r.AllocatedAt is not null && !ended.Contains((r.ParentId, r.AdvocateId)))
            .OrderBy(r => r.AllocatedAt)
            .Select(r => new AdvocateInvitation(r.ParentId, r.AdvocateId))
            .Distinct()
            .ToList();
    }
}
