using Macpt.Advocacy.Apis;
using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;
using Macpt.Advocacy.Infrastructure;
using Macpt.Persistence;
using Macpt.Rules;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Application;

/// <summary>
/// Records, once per Idempotency-Key, that the guide for a stage in a language went to a parent (how, and when);
/// only a guide the catalogue has (<see cref="GuideExistsInTheLanguage"/>).
/// </summary>
public sealed class RecordGuideSent(AdvocacyDbContext db, IdempotentCreation<AdvocacyDbContext> idempotency, TimeProvider time)
{
    public const string Operation = "advocacy.guides-sent.create";

    /// <returns>The id of the guide sent (the earlier one on a replay).</returns>
    public Task<Idempotent<Guid>> RunAsync(Guid parentId, string idempotencyKey, SendGuideRequest r, string sentBy, CancellationToken ct) =>
        idempotency.CreateAsync(Operation, idempotencyKey, new { parentId, request = r }, async ct =>
        {
            var guide = await db.Guides.AsNoTracking().SingleOrDefaultAsync(g => g.Stage == r.Stage && g.Language == r.Language, ct);
            var languages = guide is null ? await db.Guides.Where(g => g.Stage == r.Stage).Select(g => g.Language).OrderBy(l => l).ToListAsync(ct) : [];
            Rule.Check(new GuideExistsInTheLanguage(guide, languages));
            var now = time.GetUtcNow();
            var sent = GuideSent.Record(Guid.CreateVersion7(now), parentId, guide!.Id, r.Channel!, r.SentOn!.Value, sentBy, now);
            db.GuidesSent.Add(sent);
            return (sent.Id.ToString(), sent.Id);
        }, (id, _) => Task.FromResult(Guid.Parse(id)), ct);
}
