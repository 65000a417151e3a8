namespace Macpt.Advocacy.Domain;

/// <summary>Which guide went to which parent, when and how.</summary>
public sealed class GuideSent
{
    private GuideSent() { }

    public Guid Id { get; private init; }
    public Guid ParentId { get; private init; }
    public Guid GuideId { get; private init; }
    public string Channel { get; private init; } = "";
    public DateOnly SentOn { get; private init; }
    public string SentBy { get; private init; } = "";
    public DateTimeOffset RecordedAt { get; private init; }

    public static GuideSent Record(Guid id, Guid parentId, Guid guideId, string channel, DateOnly sentOn, string sentBy, DateTimeOffset now) =>
        new() { Id = id, ParentId = parentId, GuideId = guideId, Channel = channel, SentOn = sentOn, SentBy = sentBy, RecordedAt = now };
}
