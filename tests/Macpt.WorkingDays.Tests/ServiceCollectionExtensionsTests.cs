using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace Macpt.WorkingDays.Tests;

public sealed class ServiceCollectionExtensionsTests
{
    [Fact]
    public void Registers_a_singleton_calendar_with_day_zero_and_the_system_clock_by_default()
    {
        using var provider = new ServiceCollection().AddWorkingDayCalendar().BuildServiceProvider();

        var calendar = provider.GetRequiredService<WorkingDayCalendar>();

        Assert.Same(calendar, provider.GetRequiredService<WorkingDayCalendar>());
        Assert.Equal(WorkingDayConvention.StartIsDayZero, calendar.Convention);
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Binds_the_convention_from_the_WorkingDays_section()
    {
        var configuration = Configuration(("WorkingDays:Convention", "EndDateInclusive"));
        using var provider = new ServiceCollection().AddWorkingDayCalendar(configuration).BuildServiceProvider();

        var calendar = provider.GetRequiredService<WorkingDayCalendar>();

        Assert.Equal(WorkingDayConvention.EndDateInclusive, calendar.Convention);
        Assert.Equal(D("2026-01-13"), calendar.AddWorkingDays(D("2025-12-19"), 15));
    }

    [Fact]
    public void An_unknown_convention_fails_when_the_calendar_is_built()
    {
        var configuration = Configuration(("WorkingDays:Convention", "Sideways"));
        using var provider = new ServiceCollection().AddWorkingDayCalendar(configuration).BuildServiceProvider();

        Assert.ThrowsAny<InvalidOperationException>(() => provider.GetRequiredService<WorkingDayCalendar>());
    }

    [Fact]
    public void Keeps_a_TimeProvider_registered_earlier()
    {
        var fake = new FakeTimeProvider();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(fake);
        using var provider = services.AddWorkingDayCalendar().BuildServiceProvider();

        Assert.Same(fake, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task Health_check_is_registered_and_runs_on_the_injected_clock()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Utc("2126-01-01T12:00:00Z")));
        services.AddHealthChecks().AddBankHolidaySnapshotCheck();
        using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(CancellationToken.None);

        var entry = Assert.Single(report.Entries);
        Assert.Equal(BankHolidaySnapshotHealthCheck.Name, entry.Key);
        Assert.Equal(HealthStatus.Unhealthy, entry.Value.Status);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
