using System.Diagnostics.Metrics;

namespace Macpt.Advocacy.Application;

/// <summary>
/// The service's figures (Meter "Macpt.Advocacy", exported by ServiceDefaults' "Macpt.*" rule). Tags are stages
/// and reason codes only: never a parent, a child or a comment.
/// </summary>
public static class AdvocacyTelemetry
{
    public const string MeterName = "Macpt.Advocacy";
    private static readonly Meter Meter = new(MeterName);

    /// <summary>Parents' feedback scores (1 poor to 5 good), tagged by stage.</summary>
    public static readonly Histogram<int> FeedbackScore = Meter.CreateHistogram<int>(
        "macpt.advocacy.feedback.score", unit: "{score}", description: "Parents' feedback score per stage (1 poor to 5 good).",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 3, 4, 5] });

    public static readonly Counter<long> OffersMade = Meter.CreateCounter<long>("macpt.advocacy.offers", description: "Advocacy offers made, by stage.");
    public static readonly Counter<long> OffersAnswered = Meter.CreateCounter<long>("macpt.advocacy.offers.answered", description: "Offers answered, by answer.");
    public static readonly Counter<long> Allocations = Meter.CreateCounter<long>("macpt.advocacy.allocations", description: "Advocates allocated.");
    public static readonly Counter<long> AllocationsEnded = Meter.CreateCounter<long>("macpt.advocacy.allocations.ended", description: "Allocations ended, by reason.");
    public static readonly Counter<long> EpisodesEnded = Meter.CreateCounter<long>("macpt.advocacy.episodes.ended", description: "Episodes ended, by the exit from the process.");
}
