namespace Macpt.Reporting.Application;

/// <summary>
/// The <c>rebuild-projections</c> command: with the service's own settings (its database and broker connection
/// strings, the issuer), rebuilds every projection from the stored events and stops, without serving or consuming.
/// The database must exist (the service has started once); a rebuild already running elsewhere makes it fail (exit 1).
/// </summary>
public static partial class RebuildCommand
{
    public const string Name = "rebuild-projections";

    public static bool IsAsked(string[] args) => args.Contains(Name, StringComparer.Ordinal);

    public static async Task<int> RunAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Name);
        try
        {
            var outcome = await app.Services.GetRequiredService<ProjectionRebuild>().RunAsync(CancellationToken.None);
            LogRebuilt(logger, outcome.Children, outcome.Events);
            return 0;
        }
        catch (Exception e) when (e is Macpt.Rules.RuleBrokenException or Npgsql.NpgsqlException)
        {
            LogFailed(logger, e.GetType().Name);
            return 1;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Projections rebuilt: {Children} children from {Events} stored events")]
    private static partial void LogRebuilt(ILogger logger, int children, long events);

    [LoggerMessage(Level = LogLevel.Error, Message = "The projections were not rebuilt ({ExceptionType})")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
