using Macpt.Advocacy.Apis.Validation;
using Macpt.Advocacy.Application;
using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;
using Macpt.Advocacy.Infrastructure;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Apis;

/// <summary>
/// Parents' feedback on each stage (a score and a comment), and the service figure: responses and average score
/// per stage. The comment stays in this database; only the score, tagged by stage, reaches telemetry.
/// </summary>
public static class FeedbackApi
{
    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/advocacy/offers/{id:guid}/feedback", GiveFeedback).WithTags("Feedback").WithName("GiveStageFeedback");
        app.MapGet("/api/advocacy/feedback/report", Report).WithTags("Feedback").WithName("FeedbackReport");
        return app;
    }

    /// <summary>A parent's view of one stage of the episode the offer belongs to, once per stage (409 on a second).</summary>
    public static async Task<Results<Created<FeedbackView>, ValidationProblem, ProblemHttpResult>> GiveFeedback(
        Guid id, FeedbackRequest request, AdvocacyDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = OfferRules.Check(request, LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);
        var offer = await db.Offers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null) return Problems.NotFound("advocacy offer", id);
        var episode = await db.Episodes.AsNoTracking().SingleAsync(e => e.Id == offer.EpisodeId, ct);
        if (FeedbackStageReached.IsBroken(request.Stage!, episode)) return Problems.Unprocessable("stage", FeedbackStageReached.Message);
        if (await db.Feedback.AnyAsync(f => f.OfferId == id && f.Stage == request.Stage, ct))
            return Problems.Conflict("Feedback on this stage is already recorded.", "A parent gives one view of each stage of an episode.", "stage");
        var now = time.GetUtcNow();
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        var feedback = StageFeedback.Give(Guid.CreateVersion7(now), offer, request.Stage!, request.Score!.Value, comment, request.GivenOn!.Value, now);
        db.Feedback.Add(feedback);
        await db.SaveChangesAsync(ct);
        AdvocacyTelemetry.FeedbackScore.Record(feedback.Score, new KeyValuePair<string, object?>("stage", feedback.Stage));
        return TypedResults.Created($"/api/advocacy/feedback/report", FeedbackView.From(feedback));
    }

    /// <summary>Responses and average score per stage, optionally for feedback given between two dates (inclusive).</summary>
    public static async Task<Results<Ok<FeedbackReport>, ValidationProblem>> Report(DateOnly? from, DateOnly? to, AdvocacyDbContext db, CancellationToken ct)
    {
        if (from is { } f && to is { } t && t < f) return Problems.Invalid("to", "The end of the period is before its start.");
        var query = db.Feedback.AsNoTracking();
        if (from is not null) query = query.Where(x => x.GivenOn >= from);
        if (to is not null) query = query.Where(x => x.GivenOn <= to);
        var byStage = await query.GroupBy(x => x.Stage)
            .Select(g => new { Stage = g.Key, Responses = g.Count(), Average = g.Average(x => (double)x.Score) }).ToListAsync(ct);
        var stages = GuideStages.All.Select(s => byStage.FirstOrDefault(b => b.Stage == s) is { } b
            ? new StageScore(s, b.Responses, Math.Round(b.Average, 2))
            : new StageScore(s, 0, null)).ToList();
        return TypedResults.Ok(new FeedbackReport(from, to, stages));
    }
}
