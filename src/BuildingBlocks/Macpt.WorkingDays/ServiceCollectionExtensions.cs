using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Macpt.WorkingDays;

/// <summary>Registration of the working-day calendar and its snapshot health check.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="WorkingDayCalendar"/> as a singleton over the embedded snapshot,
    /// <see cref="WorkingDayOptions"/> bound from the "WorkingDays" section when
    /// <paramref name="configuration"/> is given, and <see cref="TimeProvider.System"/> unless a
    /// TimeProvider is already registered. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddWorkingDayCalendar(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<WorkingDayOptions>()
            .Validate(o => Enum.IsDefined(o.Convention), "WorkingDays:Convention is not a known convention.");
        if (configuration is not null)
        {
            options.Bind(configuration.GetSection(WorkingDayOptions.SectionName));
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new WorkingDayCalendar(sp.GetRequiredService<IOptions<WorkingDayOptions>>().Value));
        return services;
    }

    /// <summary>
    /// Adds <see cref="BankHolidaySnapshotHealthCheck"/> (named "bank-holiday-snapshot"), and the
    /// calendar with default options if <see cref="AddWorkingDayCalendar"/> has not been called.
    /// </summary>
    public static IHealthChecksBuilder AddBankHolidaySnapshotCheck(this IHealthChecksBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddWorkingDayCalendar();
        return builder.AddCheck<BankHolidaySnapshotHealthCheck>(BankHolidaySnapshotHealthCheck.Name);
    }
}
