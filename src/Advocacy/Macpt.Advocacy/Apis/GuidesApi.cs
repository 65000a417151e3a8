using Macpt.Advocacy.Apis.Validation;
using Macpt.Advocacy.Application;
using Macpt.Advocacy.Domain;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Security;
using Macpt.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Apis;

/// <summary>The catalogue of plain-language guides per stage and language, and which guide went to which parent, when and how.</summary>
public static class GuidesApi
{
    public static IEndpointRouteBuilder MapGuidesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/advocacy/guides").WithTags("Guides").RequireAuthorization(AccessPolicies.Advocacy).MapGet("/", ListGuides).WithName("ListGuides");
        var parents = app.MapGroup("/api/advocacy/parents/{parentId:guid}/guides").WithTags("Guides").RequireAuthorization(AccessPolicies.Advocacy);
        parents.MapPost("/", RecordGuideSent).WithName("RecordGuideSent");
        parents.MapGet("/", ListGuidesSent).WithName("ListGuidesSent");
        return app;
    }

    /// <summary>
    /// The catalogue, optionally for one stage and one language, in the order of the process, English first; a language
    /// the catalogue does not have answers 400 naming the languages it has.
    /// </summary>
    public static async Task<Results<Ok<Paged<GuideView>>, ValidationProblem>> ListGuides(
        string? stage, string? language, [AsParameters] PageQuery page, [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        var errors = new RequestErrors();
        errors.OptionalOneOf("stage", stage, GuideStages.All);
        if (language is not null) errors.OneOf("language", language, await s.Db.Guides.Select(g => g.Language).Distinct().OrderBy(l => l).ToListAsync(ct));
        page.Check(errors);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var query = s.Db.Guides.AsNoTracking();
        if (stage is not null) query = query.Where(g => g.Stage == stage);
        if (language is not null) query = query.Where(g => g.Language == language);
        var guides = await query.OrderBy(g => g.Stage == GuideStages.StrategyDiscussion ? 0 : g.Stage == Contracts.Advocacy.AdvocacyStages.Section47 ? 1
                : g.Stage == Contracts.Advocacy.AdvocacyStages.Conference ? 2 : 3)
            .ThenBy(g => g.Language != "en").ThenBy(g => g.Language).ThenBy(g => g.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(guides.Select(GuideView.From));
    }

    /// <summary>
    /// Records that the guide for a stage in a language went to a parent (<see cref="Application.RecordGuideSent"/>). A stage
    /// without a guide in that language is refused (422 naming language). 201; the same key and body again 200 replayed; another body 409.
    /// </summary>
    public static async Task<Results<Created<GuideSentView>, Ok<GuideSentView>, ValidationProblem, ProblemHttpResult>> RecordGuideSent(
        Guid parentId, [AsParameters] IdempotentRequest idempotency, SendGuideRequest request,
        [AsParameters] AdvocacyServices s, RecordGuideSent recording, CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotency.Key)) return IdempotencyKey.Missing();
        var errors = SendGuideValidation.Check(request, s.Today());
        if (!errors.IsValid) return Problems.Invalid(errors);
        if (!await s.Db.Parents.AnyAsync(p => p.Id == parentId, ct)) return Problems.NotFound("parent", parentId);
        var outcome = await recording.RunAsync(parentId, idempotency.Key!, request, s.ActorId, ct).SelectAsync(id => ViewQueries.GuideSentAsync(s.Db, id, ct));
        return outcome.ToResult(idempotency.Response, _ => $"/api/advocacy/parents/{parentId}/guides");
    }

    /// <summary>The guides sent to a parent, in the order sent.</summary>
    public static async Task<Results<Ok<Paged<GuideSentView>>, ValidationProblem, ProblemHttpResult>> ListGuidesSent(
        Guid parentId, [AsParameters] PageQuery page, [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (!page.Check(errors)) return Problems.Invalid(errors);
        if (!await s.Db.Parents.AnyAsync(p => p.Id == parentId, ct)) return Problems.NotFound("parent", parentId);
        var sent = await (from x in s.Db.GuidesSent.AsNoTracking()
                          join g in s.Db.Guides.AsNoTracking() on x.GuideId equals g.Id
                          where x.ParentId == parentId
                          select new { Sent = x, Guide = g })
            .OrderBy(x => x.Sent.SentOn).ThenBy(x => x.Sent.RecordedAt).ThenBy(x => x.Sent.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(sent.Select(x => GuideSentView.From(x.Sent, x.Guide)));
    }
}
