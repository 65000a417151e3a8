using System.Diagnostics.Metrics;

namespace Macpt.Advocacy.Application;

/// <summary>
/// The service's figures that no event carries (Meter "Macpt.Advocacy", exported by ServiceDefaults' "Macpt.*" rule):
/// feedback and episode exits. Offers, answers and allocations are counted from the events that announce them
/// (<see cref="AdvocacyMeasures"/>). Tags are stages and reason codes only: never a parent, a child or a comment.
/// </summary>
public static class AdvocacyTelemetry
{
    public const string MeterName = "Macpt.Advocacy";
    private static readonly Meter Meter = new(MeterName);

    /// <summary>Parents' feedback scores (1 poor to 5 good), tagged by stage.</summary>
    public static readonly Histogram<int> FeedbackScore = Meter.CreateHistogram<int>(
        "macpt.advocacy.feedback.score", unit: "{score}", description: "Parents' feedback score per stage (1 poor to 5 good).",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 3, 4, 5] });

    public static readonly Counter<long> EpisodesEnded = Meter.CreateCounter<long>("macpt.advocacy.episodes.ended", "{episode}", "Episodes ended, by the exit from the process.");
}
