namespace Macpt.Advocacy.Domain;

/// <summary>A voluntary or community organisation commissioned to provide independent parental advocates.</summary>
public sealed class AdvocacyProvider
{
    private AdvocacyProvider() { }

    public Guid Id { get; private init; }
    public string Name { get; private init; } = "";
    public string Kind { get; private init; } = "";
    public string RecordedBy { get; private init; } = "";
    public DateTimeOffset RecordedAt { get; private init; }

    public static AdvocacyProvider Register(Guid id, string name, string kind, string recordedBy, DateTimeOffset now) =>
        new() { Id = id, Name = name, Kind = kind, RecordedBy = recordedBy, RecordedAt = now };
}

public static class ProviderKinds
{
    public static readonly IReadOnlyList<string> All = ["voluntary", "community", "social-enterprise"];
}
