using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;

namespace Macpt.Advocacy.Tests;

/// <summary>The seeded catalogue: English for every stage, one guide per stage and language, stable ids.</summary>
public sealed class GuideCatalogueTests
{
    [Fact]
    public void Every_stage_has_an_english_guide() =>
        Assert.All(GuideStages.All, stage => Assert.Contains(GuideCatalogue.Seed, g => g.Stage == stage && g.Language == "en"));

    [Fact]
    public void There_is_one_guide_per_stage_and_language() =>
        Assert.Equal(GuideCatalogue.Seed.Count, GuideCatalogue.Seed.Select(g => (g.Stage, g.Language)).Distinct().Count());

    [Fact]
    public void Ids_are_unique() => Assert.Equal(GuideCatalogue.Seed.Count, GuideCatalogue.Seed.Select(g => g.Id).Distinct().Count());

    [Fact]
    public void Welsh_polish_and_urdu_are_offered_where_available()
    {
        var languages = GuideCatalogue.Seed.Select(g => g.Language).ToHashSet();
        Assert.Superset(new HashSet<string> { "en", "cy", "pl", "ur" }, languages);
        Assert.Subset(new HashSet<string> { "en", "cy", "pl", "ur" }, languages);
    }

    [Fact]
    public void Summaries_fit_their_column() => Assert.All(GuideCatalogue.Seed, g => Assert.InRange(g.Summary.Length, 1, 2000));
}
