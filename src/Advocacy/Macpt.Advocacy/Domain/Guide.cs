namespace Macpt.Advocacy.Domain;

/// <summary>
/// A plain-language, family-friendly guide to one stage of the process in one language: what it is and what
/// the parent can do. The catalogue is seeded by a migration; English exists for every stage.
/// </summary>
public sealed class Guide
{
    private Guide() { }

    public Guid Id { get; private init; }
    public string Stage { get; private init; } = "";
    public string Language { get; private init; } = "";
    public string Title { get; private init; } = "";
    public string Summary { get; private init; } = "";
    public string Url { get; private init; } = "";

    public static Guide Of(Guid id, string stage, string language, string title, string summary, string url) =>
        new() { Id = id, Stage = stage, Language = language, Title = title, Summary = summary, Url = url };
}

/// <summary>The stages a guide or a parent's feedback is about: the advocacy stages and the strategy discussion before them.</summary>
public static class GuideStages
{
    public const string StrategyDiscussion = "strategy-discussion";

    public static readonly IReadOnlyList<string> All =
        [StrategyDiscussion, Contracts.Advocacy.AdvocacyStages.Section47, Contracts.Advocacy.AdvocacyStages.Conference, Contracts.Advocacy.AdvocacyStages.Plan];
}
