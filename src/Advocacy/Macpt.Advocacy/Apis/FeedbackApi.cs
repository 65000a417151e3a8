using Macpt.Advocacy.Apis.Validation;
using Macpt.Advocacy.Application;
using Macpt.Advocacy.Domain;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Security;
using Macpt.ServiceDefaults.Validation;
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
        app.MapPost("/api/advocacy/offers/{id:guid}/feedback", GiveFeedback).WithTags("Feedback").WithName("GiveStageFeedback").RequireAuthorization(AccessPolicies.Advocacy);
        app.MapGet("/api/advocacy/feedback/report", Report).WithTags("Feedback").WithName("FeedbackReport").RequireAuthorization(AccessPolicies.Advocacy);
        return app;
    }

    /// <summary>A parent's view of one stage of the episode the offer belongs to (<see cref="Application.GiveFeedback"/>): once per stage (409), on a stage reached (422).</summary>
    public static async Task<Results<Created<FeedbackView>, ValidationProblem, ProblemHttpResult>> GiveFeedback(
        Guid id, FeedbackRequest request, [AsParameters] AdvocacyServices s, GiveFeedback giving, CancellationToken ct)
    {
        var errors = FeedbackValidation.Check(request, s.Today());
        if (!errors.IsValid) return Problems.Invalid(errors);
        var offer = await s.Db.Offers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null) return Problems.NotFound("advocacy offer", id);
        var feedback = await giving.RunAsync(offer, request, ct);
        return TypedResults.Created($"/api/advocacy/feedback/report", FeedbackView.From(feedback));
    }

    /// <summary>Responses and average score per stage, optionally for feedback given between two dates (inclusive).</summary>
    public static async Task<Results<Ok<FeedbackReport>, ValidationProblem>> Report(DateOnly? from, DateOnly? to, [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (!errors.NotBefore("to", to, "from", from)) return Problems.Invalid(errors);
        var query = s.Db.Feedback.AsNoTracking();
        if (from is not null) query = query.Where(x => x.GivenOn >= from);
        if (to is not null) query = query.Where(x => x.GivenOn <= to);
        var byStage = await query.GroupBy(x => x.Stage)
            .Select(g => new { Stage = g.Key, Responses = g.Count(), Average = g.Average(x => (double)x.Score) }).ToListAsync(ct);
        var stages = GuideStages.All.Select(stage => byStage.FirstOrDefault(b => b.Stage == stage) is { } b
            ? new StageScore(stage, b.Responses, Math.Round(b.Average, 2))
            : new StageScore(stage, 0, null)).ToList();
        return TypedResults.Ok(new FeedbackReport(from, to, stages));
    }
}
