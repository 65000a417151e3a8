using Macpt.Reporting.Domain.Measures;
using Macpt.Reporting.Domain.Projection;

namespace Macpt.Reporting.Application;

/// <summary>The service's own registrations: the projection, its rebuild, the timeliness report and the work gauges.</summary>
public static class UseCases
{
    public static IServiceCollection AddReportingUseCases(this IServiceCollection services)
    {
        services.AddSingleton<ChildProjector>();
        services.AddSingleton<TimelinessMeasures>();
        services.AddScoped<ChildReprojection>();
        services.AddScoped<TimelinessReport>();
        services.AddSingleton<ProjectionRebuild>();
        services.AddSingleton<ReportingTelemetry>();
        services.AddHostedService<WorkGaugeRefresher>();
        return services;
    }
}
