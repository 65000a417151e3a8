using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// A guide is sent only where the catalogue has that stage in that language, so no parent is told they were sent
/// something that does not exist; the message names the languages it does have (plain-language information for
/// parents, Working Together 2023, ch. 1).
/// </summary>
/// <param name="guide">The catalogue's guide to the stage in the language, or null.</param>
/// <param name="languagesOfTheStage">The languages the catalogue has the stage in.</param>
public sealed class GuideExistsInTheLanguage(Guide? guide, IReadOnlyList<string> languagesOfTheStage) : BusinessRule("language")
{
    public override bool IsBroken() => guide is null;
    public override string Message =>
        $"There is no guide to this stage in that language; it is available in: {string.Join(", ", languagesOfTheStage)}.";
}
