using Macpt.Reporting.Application;
using Macpt.Reporting.Apis.Validation;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Macpt.Reporting.Apis;

/// <summary>
/// The timeliness figures for a period, as the DfE and Working Together define them, with England's figures beside ours:
/// JSON, or CSV when asked for with <c>Accept: text/csv</c>.
/// </summary>
public static class TimelinessApi
{
    public static IEndpointRouteBuilder MapTimelinessApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reporting/timeliness", GetTimeliness).WithTags("Timeliness").WithName("GetTimeliness")
            .RequireAuthorization(AccessPolicies.Timeliness)
            .Produces<TimelinessView>(contentType: "application/json").Produces<string>(contentType: TimelinessCsv.ContentType);
        return app;
    }

    public static async Task<Results<Ok<TimelinessView>, ContentHttpResult, ValidationProblem>> GetTimeliness(
        [AsParameters] TimelinessQuery query, [AsParameters] ReportingServices s, TimelinessReport report, CancellationToken ct)
    {
        var errors = TimelinessQueryValidation.Check(query, out var period);
        if (!errors.IsValid || period is null) return Problems.Invalid(errors);
        var lines = await report.RunAsync(period, s.Today(), ct);
        var view = new TimelinessView(period.From, period.To, [.. lines.Select(l => new MeasureView(l.Measure.Code, l.Measure.Title, l.Count.Numerator,
            l.Count.Denominator, l.Count.Percent, l.Measure.National, l.Measure.NationalPeriod, l.Measure.Definition))]);
        return TimelinessCsv.IsAskedFor(s.Http.Request) ? TypedResults.Text(TimelinessCsv.Write(view), TimelinessCsv.ContentType) : TypedResults.Ok(view);
    }
}
