using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>A guide is sent only where the catalogue has the stage in the language; the refusal names the languages it has.</summary>
public sealed class GuideExistsInTheLanguageTests
{
    [Fact]
    public void A_guide_in_the_catalogue_holds() =>
        RuleAssert.Holds(new GuideExistsInTheLanguage(Guide.Of(Guid.NewGuid(), "plan", "en", "Plan", "…", "https://example.org"), []));

    [Fact]
    public void A_missing_guide_is_refused_naming_the_languages_it_has()
    {
        var rule = new GuideExistsInTheLanguage(null, ["cy", "en"]);
        RuleAssert.Broken(rule, "language", RuleKind.Unprocessable);
        Assert.Contains("cy, en", rule.Message);
    }
}
