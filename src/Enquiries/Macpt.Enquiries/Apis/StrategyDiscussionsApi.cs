using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Infrastructure;
using Macpt.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Enquiries.Apis;

public static class StrategyDiscussionsApi
{
    public static IEndpointRouteBuilder MapStrategyDiscussionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/enquiries/strategy-discussions").WithTags("Strategy discussions");
        api.MapGet("/", ListStrategyDiscussions).WithName("ListStrategyDiscussions");
        api.MapGet("/{id:guid}", GetStrategyDiscussion).WithName("GetStrategyDiscussion");
        return app;
    }

    /// <summary>Strategy discussions, optionally for one referral, soonest due first.</summary>
    public static async Task<Ok<List<StrategyDiscussionView>>> ListStrategyDiscussions(Guid? referralId, EnquiriesDbContext db, CancellationToken ct)
    {
        var query = db.StrategyDiscussions.AsNoTracking();
        if (referralId is { } id) query = query.Where(s => s.ReferralId == id);
        var list = await query.OrderBy(s => s.DueBy).ThenBy(s => s.RequestedAt).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(StrategyDiscussionView.From).ToList());
    }

    public static async Task<Results<Ok<StrategyDiscussionView>, ProblemHttpResult>> GetStrategyDiscussion(Guid id, EnquiriesDbContext db, CancellationToken ct)
    {
        var found = await db.StrategyDiscussions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        return found is null ? Problems.NotFound("strategy discussion", id) : TypedResults.Ok(StrategyDiscussionView.From(found));
    }
}

public sealed record StrategyDiscussionView(Guid Id, Guid? ReferralId, string LaChildId, string Urgency, string Status, DateTimeOffset RequestedAt, DateOnly DueBy)
{
    public static StrategyDiscussionView From(StrategyDiscussion s) => new(s.Id, s.ReferralId, s.LaChildId, s.Urgency, s.Status, s.RequestedAt, s.DueBy);
}
