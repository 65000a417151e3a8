namespace Macpt.Advocacy.Application;

/// <summary>The service's use cases: one per write that needs more than the aggregate (queries, the family lock, idempotency).</summary>
public static class UseCases
{
    public static IServiceCollection AddAdvocacyUseCases(this IServiceCollection services) => services
        .AddScoped<EpisodeFinder>()
        .AddScoped<AdvocacyOffers>()
        .AddScoped<AllocationEnding>()
        .AddScoped<EpisodeClosing>()
        .AddScoped<RegisterParent>()
        .AddScoped<RecordParentConflict>()
        .AddScoped<AllocateAdvocate>()
        .AddScoped<WithdrawConsent>()
        .AddScoped<AdvocateLeaving>()
        .AddScoped<GiveFeedback>()
        .AddScoped<RecordAttendance>()
        .AddScoped<RecordGuideSent>();
}
