using Macpt.Advocacy.Apis.Validation;

namespace Macpt.Advocacy.Tests;

public sealed class LanguageCodeTests
{
    [Theory]
    [InlineData("en", true)]
    [InlineData("prs", true)]
    [InlineData("EN", false)]
    [InlineData("e", false)]
    [InlineData("engl", false)]
    [InlineData("e1", false)]
    [InlineData(null, false)]
    public void A_language_is_a_two_or_three_letter_lower_case_code(string? code, bool valid) => Assert.Equal(valid, LanguageCode.IsValid(code));
}
