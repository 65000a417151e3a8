using Macpt.Advocacy.Apis.Validation;
using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;
using Macpt.Persistence;
using Macpt.Advocacy.Application;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Apis;

/// <summary>The catalogue of plain-language guides per stage and language, and which guide went to which parent, when and how.</summary>
public static class GuidesApi
{
    public const string SendScope = "advocacy.guides.send";

    public static IEndpointRouteBuilder MapGuidesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/advocacy/guides").WithTags("Guides").MapGet("/", ListGuides).WithName("ListGuides");
        var parents = app.MapGroup("/api/advocacy/parents/{parentId:guid}/guides").WithTags("Guides");
        parents.MapPost("/", RecordGuideSent).WithName("RecordGuideSent");
        parents.MapGet("/", ListGuidesSent).WithName("ListGuidesSent");
        return app;
    }

    /// <summary>The catalogue, optionally for one stage and one language; a language the catalogue does not have answers 400 naming it.</summary>
    public static async Task<Results<Ok<List<GuideView>>, ValidationProblem>> ListGuides(string? stage, string? language, AdvocacyDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (stage is not null && !GuideStages.All.Contains(stage)) errors["stage"] = [$"The stage must be one of: {string.Join(", ", GuideStages.All)}."];
        if (language is not null)
        {
            var languages = await db.Guides.Select(g => g.Language).Distinct().OrderBy(l => l).ToListAsync(ct);
            if (!languages.Contains(language)) errors["language"] = [$"There are no guides in that language; there are guides in: {string.Join(", ", languages)}."];
        }
        if (errors.Count > 0) return Problems.Invalid(errors);
        var query = db.Guides.AsNoTracking();
        if (stage is not null) query = query.Where(g => g.Stage == stage);
        if (language is not null) query = query.Where(g => g.Language == language);
        var guides = await query.ToListAsync(ct);
        return TypedResults.Ok(guides.OrderBy(g => GuideStages.All.ToList().IndexOf(g.Stage)).ThenBy(g => g.Language != "en").ThenBy(g => g.Language)
            .Select(GuideView.From).ToList());
    }

    /// <summary>
    /// Records that the guide for a stage in a language went to a parent (how, and when). A stage without a guide
    /// in that language is refused (422, naming the language, saying which languages it has). Idempotent on the key.
    /// </summary>
    public static async Task<Results<Created<GuideSentView>, ValidationProblem, ProblemHttpResult>> RecordGuideSent(
        Guid parentId, [FromHeader(Name = IdempotencyKey.HeaderName)] string? idempotencyKey, SendGuideRequest request,
        AdvocacyDbContext db, LegacyIdempotentCreation<AdvocacyDbContext> idempotency, TimeProvider time, HttpResponse response, CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotencyKey)) return IdempotencyAnswers.MissingKey();
        var errors = ParentRules.Check(request, LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (!await db.Parents.AnyAsync(p => p.Id == parentId, ct)) return Problems.NotFound("parent", parentId);
        var scopedRequest = new { parentId, request };
        switch (await idempotency.FindAsync(SendScope, idempotencyKey!, scopedRequest, ct))
        {
            case IdempotentEarlier.KeyReused: return IdempotencyAnswers.KeyReused();
            case IdempotentEarlier.Replay replay:
                response.Headers["Idempotent-Replayed"] = "true";
                return TypedResults.Created($"/api/advocacy/parents/{parentId}/guides", await ViewAsync(db, replay.ResourceId, ct));
        }

        var guide = await db.Guides.AsNoTracking().SingleOrDefaultAsync(g => g.Stage == request.Stage && g.Language == request.Language, ct);
        if (guide is null)
        {
            var available = await db.Guides.Where(g => g.Stage == request.Stage).Select(g => g.Language).OrderBy(l => l).ToListAsync(ct);
            return Problems.Unprocessable("language", $"There is no guide to this stage in that language; it is available in: {string.Join(", ", available)}.");
        }
        var now = time.GetUtcNow();
        var sent = GuideSent.Record(Guid.CreateVersion7(now), parentId, guide.Id, request.Channel!, request.SentOn!.Value, request.SentBy!, now);
        db.GuidesSent.Add(sent);
        idempotency.Record(SendScope, idempotencyKey!, scopedRequest, sent.Id);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/advocacy/parents/{parentId}/guides", new GuideSentView(sent.Id, parentId, GuideView.From(guide), sent.Channel, sent.SentOn, sent.RecordedAt));
    }

    public static async Task<Results<Ok<List<GuideSentView>>, ProblemHttpResult>> ListGuidesSent(Guid parentId, AdvocacyDbContext db, CancellationToken ct)
    {
        if (!await db.Parents.AnyAsync(p => p.Id == parentId, ct)) return Problems.NotFound("parent", parentId);
        var sent = await (from s in db.GuidesSent.AsNoTracking()
                          join g in db.Guides.AsNoTracking() on s.GuideId equals g.Id
                          where s.ParentId == parentId
                          orderby s.SentOn, s.RecordedAt
                          select new { s, g }).ToListAsync(ct);
        return TypedResults.Ok(sent.Select(x => new GuideSentView(x.s.Id, x.s.ParentId, GuideView.From(x.g), x.s.Channel, x.s.SentOn, x.s.RecordedAt)).ToList());
    }

    private static async Task<GuideSentView> ViewAsync(AdvocacyDbContext db, Guid sentId, CancellationToken ct)
    {
        var s = await db.GuidesSent.AsNoTracking().SingleAsync(x => x.Id == sentId, ct);
        var g = await db.Guides.AsNoTracking().SingleAsync(x => x.Id == s.GuideId, ct);
        return new GuideSentView(s.Id, s.ParentId, GuideView.From(g), s.Channel, s.SentOn, s.RecordedAt);
    }
}
