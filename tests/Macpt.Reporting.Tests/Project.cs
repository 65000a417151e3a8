using System.Text.Json;
using Macpt.Reporting.Domain;
using Macpt.Reporting.Domain.Projection;

namespace Macpt.Reporting.Tests;

/// <summary>Projects a child's events as the service does, and reads the result.</summary>
internal static class Project
{
    public const string Child = "C900001";
    private static readonly ChildProjector Projector = new(Calendar);

    public static ChildProjection Events(params object[] events) => Projector.Project(Child, events);

    public static TimelineStep Step(this ChildProjection p, string kind) => Assert.Single(p.Steps, s => s.Kind == kind);

    public static WorkItem Item(this ChildProjection p, string kind) => Assert.Single(p.WorkItems, i => i.Kind == kind);

    public static IEnumerable<WorkItem> Open(this ChildProjection p) => p.WorkItems.Where(i => i.IsOpen);

    /// <summary>The whole projection as text, to compare two projections row for row.</summary>
    public static string Text(this ChildProjection p) => JsonSerializer.Serialize(p);

    public static string Detail(this TimelineStep step, string name) =>
        JsonDocument.Parse(step.Details).RootElement.GetProperty(name).ToString();
}
