using Macpt.Reporting.Application;
using Macpt.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Macpt.Reporting.Apis;

/// <summary>
/// Operations on the projections: <c>POST /api/reporting/projections/rebuild</c> rebuilds them from the stored events
/// (ops only; the same as the <c>rebuild-projections</c> command). 409 while another rebuild runs.
/// </summary>
public static class ProjectionsApi
{
    public static IEndpointRouteBuilder MapProjectionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/reporting/projections/rebuild", Rebuild).WithTags("Projections").WithName("RebuildProjections").RequireAuthorization(AccessPolicies.Ops);
        return app;
    }

    public static async Task<Results<Ok<ProjectionRebuild.Outcome>, ProblemHttpResult>> Rebuild(ProjectionRebuild rebuild, CancellationToken ct) =>
        TypedResults.Ok(await rebuild.RunAsync(ct));
}
