using System.Diagnostics.Metrics;
using Macpt.Contracts.FamilyNetworks;
using Macpt.Messaging.Measures;

namespace Macpt.FamilyNetworks.Application;

/// <summary>
/// The family networks service's measures (meter <c>Macpt.FamilyNetworks</c>), read off the events it publishes once
/// they commit (<see cref="EventMeasures"/>): meetings asked for, offered (s.31ZA: to each person with parental
/// responsibility), answered, held and closed. Tags are codes only.
/// </summary>
public sealed class FamilyNetworksMeasures : EventMeasures
{
    public const string MeterName = "Macpt.FamilyNetworks";

    public FamilyNetworksMeasures(IMeterFactory meters) : base(meters, MeterName)
    {
        var requested = Counter("macpt.family_network_meetings.requested", "{request}", "Family network meetings asked for, by stage");
        var offered = Counter("macpt.family_network_meetings.offered", "{offer}", "Family network meetings offered");
        var peopleOffered = Counter("macpt.family_network_meetings.people_offered", "{person}", "People a family network meeting was offered to");
        var answers = Counter("macpt.family_network_meetings.answers", "{answer}", "Answers to family network meeting offers, by answer (accepted, declined)");
        var held = Counter("macpt.family_network_meetings.held", "{meeting}", "Family network meetings held, by whether the child took part");
        var closed = Counter("macpt.family_network_meetings.closed", "{request}", "Requests closed with no meeting, by reason");
        var plans = Counter("macpt.family_plans.agreed", "{plan}", "Family plans agreed or revised, by whether the local authority agrees");

        On<FamilyNetworkMeetingRequested>(e => requested.Add(1, new KeyValuePair<string, object?>("stage", e.Stage)));
        On<FamilyNetworkMeetingOffered>(e =>
        {
            offered.Add(1);
            peopleOffered.Add(e.PeopleOffered);
        });
        On<FamilyNetworkMeetingOfferAnswered>(e => answers.Add(1, new KeyValuePair<string, object?>("answer", e.Answer)));
        On<FamilyNetworkMeetingHeld>(e => held.Add(1, new KeyValuePair<string, object?>("child_took_part", e.ChildTookPart)));
        On<FamilyNetworkMeetingRequestClosed>(e => closed.Add(1, new("stage", e.Stage), new("reason", e.ReasonCode)));
        On<FamilyPlanAgreed>(e => plans.Add(1, new KeyValuePair<string, object?>("local_authority_agrees", e.LocalAuthorityAgrees)));
    }
}
