using System.Text.Json;
using System.Text.Json.Serialization;
using Macpt.Reporting.Domain;

namespace Macpt.Reporting.Apis;

/// <summary>One step of a child's timeline (REPORTING-API.md §1). Empty fields are written as null, as the agreed shape has them.</summary>
public sealed record TimelineStepView(
    string Kind, DateOnly On, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? At, string Service, Guid SourceId, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] Guid? ReferralId, JsonElement Details,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateOnly? Deadline, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] bool? Met, IReadOnlyList<string> Agencies)
{
    public static TimelineStepView From(TimelineStep s, DateOnly today) =>
        new(s.Kind, s.On, s.At, s.Service, s.SourceId, s.ReferralId, Parse(s.Details), s.Deadline, s.Met(today), s.Agencies);

    internal static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

/// <summary>One open duty on the work list (REPORTING-API.md §3).</summary>
public sealed record WorkItemView(
    string Kind, string LaChildId, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] Guid? ReferralId, Guid SourceId, string Service, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateOnly? DueBy, bool Overdue, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Agency, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? HeldBy,
    JsonElement Details)
{
    public static WorkItemView From(WorkItem i, DateOnly today) =>
        new(i.Kind, i.LaChildId, i.ReferralId, i.SourceId, i.Service, i.DueBy, i.IsOverdue(today), i.Agency, i.HeldBy, TimelineStepView.Parse(i.Details));
}

/// <summary>One measure of the timeliness report (REPORTING-API.md §2).</summary>
public sealed record MeasureView(string Code, string Title, int Numerator, int Denominator, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Percent, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? National,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? NationalPeriod, string Definition);

public sealed record TimelinessView(DateOnly From, DateOnly To, IReadOnlyList<MeasureView> Measures);
