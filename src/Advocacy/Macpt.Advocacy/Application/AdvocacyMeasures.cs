using System.Diagnostics.Metrics;
using Macpt.Contracts.Advocacy;
using Macpt.Messaging.Measures;

namespace Macpt.Advocacy.Application;

/// <summary>
/// The advocacy service's measures (meter <c>Macpt.Advocacy</c>, as <see cref="AdvocacyTelemetry"/>), read off the events
/// it publishes once they commit (<see cref="EventMeasures"/>): offers and their take-up, allocations and their end.
/// Tags are stages, answers and reason codes only.
/// </summary>
public sealed class AdvocacyMeasures : EventMeasures
{
    public AdvocacyMeasures(IMeterFactory meters) : base(meters, AdvocacyTelemetry.MeterName)
    {
        var offers = Counter("macpt.advocacy.offers", "{offer}", "Advocacy offers made, by stage");
        var answered = Counter("macpt.advocacy.offers.answered", "{offer}", "Offers answered, by stage and answer (accepted, declined, lapsed): the take-up");
        var allocations = Counter("macpt.advocacy.allocations", "{allocation}", "Advocates allocated");
        var allocationsEnded = Counter("macpt.advocacy.allocations.ended", "{allocation}", "Allocations ended, by reason");

        On<AdvocacyOffered>(e => offers.Add(1, new KeyValuePair<string, object?>("stage", e.Stage)));
        On<AdvocacyOfferAnswered>(e => answered.Add(1, new("stage", e.Stage), new("answer", e.Answer)));
        On<AdvocateAllocated>(_ => allocations.Add(1));
        On<AdvocacyEnded>(e => allocationsEnded.Add(1, new KeyValuePair<string, object?>("reason", e.ReasonCode)));
    }
}
