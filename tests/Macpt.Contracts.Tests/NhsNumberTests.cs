using Macpt.Contracts.Cin;

namespace Macpt.Contracts.Tests;

public sealed class NhsNumberTests
{
    // Check digits worked by hand as well as by the class:
    // 9434765919: 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 + 9×3 + 1×2 = 299; 299 mod 11 = 2; 11 − 2 = 9.
    // 4010232137: 4×10 + 0×9 + 1×8 + 0×7 + 2×6 + 3×5 + 2×4 + 1×3 + 3×2 = 92; 92 mod 11 = 4; 11 − 4 = 7.
    public static TheoryData<string> ValidNumbers => new()
    {
        "9434765919",
        "4010232137",
        "9876543210", // sum 330, remainder 0: 11 becomes check digit 0
        "4505577104",
        "9990548609",
    };

    [Theory]
    [MemberData(nameof(ValidNumbers))]
    public void Known_valid_numbers_are_accepted(string number)
    {
        Assert.True(NhsNumber.IsValid(number));
        Assert.True(NhsNumber.TryNormalise(number, out var digits));
        Assert.Equal(number, digits);
    }

    [Theory]
    [MemberData(nameof(ValidNumbers))]
    public void The_computed_check_digit_is_the_tenth_digit(string number)
    {
        Assert.True(NhsNumber.TryComputeCheckDigit(number.AsSpan(0, 9), out var check));
        Assert.Equal(number[9] - '0', check);
    }

    [Theory]
    [MemberData(nameof(ValidNumbers))]
    public void Every_single_digit_change_is_refused(string number)
    {
        var accepted = new List<string>();
        for (var position = 0; position < NhsNumber.Length; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (number[position] == digit) continue;
                var changed = string.Concat(number.AsSpan(0, position), [digit], number.AsSpan(position + 1));
                if (NhsNumber.IsValid(changed)) accepted.Add(changed);
            }
        }

        Assert.Empty(accepted);
    }

    [Theory]
    [InlineData("123456789")] // sum 210, 210 mod 11 = 1, 11 − 1 = 10
    [InlineData("100000001")] // sum 12, 12 mod 11 = 1
    public void Nine_digits_whose_check_would_be_10_have_no_valid_number(string firstNine)
    {
        Assert.False(NhsNumber.TryComputeCheckDigit(firstNine, out _));
        for (var digit = '0'; digit <= '9'; digit++)
        {
            Assert.False(NhsNumber.IsValid(firstNine + digit));
        }
    }

    [Theory]
    [InlineData("943 476 5919")]
    [InlineData("943-476-5919")]
    [InlineData("9434765919")]
    public void The_3_3_4_grouping_with_spaces_or_hyphens_is_accepted_and_normalised(string input)
    {
        Assert.True(NhsNumber.IsValid(input));
        Assert.True(NhsNumber.TryNormalise(input, out var digits));
        Assert.Equal("9434765919", digits);
        Assert.Equal("9434765919", NhsNumber.Normalise(input));
    }

    [Theory]
    [InlineData("943 476-5919")] // mixed separators
    [InlineData("943-476 5919")]
    [InlineData("9434 765 919")] // other grouping
    [InlineData("94 347 65919")]
    [InlineData("943  476 5919")] // double space
    [InlineData("943476 5919")]
    [InlineData(" 9434765919")] // no trimming
    [InlineData("9434765919 ")]
    [InlineData("943\t476\t5919")] // tabs are not spaces
    [InlineData("943.476.5919")]
    [InlineData("943 476 591 9")]
    public void Other_groupings_and_separators_are_refused(string input)
    {
        Assert.False(NhsNumber.IsValid(input));
        Assert.False(NhsNumber.TryNormalise(input, out var digits));
        Assert.Equal(string.Empty, digits);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("943476591")] // 9 digits
    [InlineData("94347659190")] // 11 digits
    [InlineData("0")]
    [InlineData("94347659199434765919")]
    public void Wrong_lengths_are_refused(string? input)
    {
        Assert.False(NhsNumber.IsValid(input));
        Assert.False(NhsNumber.TryNormalise(input, out var digits));
        Assert.Equal(string.Empty, digits);
    }

    [Theory]
    [InlineData("943476591A")]
    [InlineData("A434765919")]
    [InlineData("94347x5919")]
    [InlineData("943 476 591X")]
    [InlineData("943476591-")]
    [InlineData("+434765919")]
    [InlineData("٩٤٣٤٧٦٥٩١٩")] // Arabic-Indic digits for 9434765919: char.IsDigit would accept them
    [InlineData("９４３４７６５９１９")] // full-width digits
    public void Letters_and_other_characters_are_refused(string input)
    {
        Assert.False(NhsNumber.IsValid(input));
    }

    [Theory]
    [InlineData("0000000000")]
    [InlineData("1111111111")]
    [InlineData("5555555555")]
    [InlineData("9999999999")]
    public void All_same_digit_numbers_pass_the_check_digit_rule_and_no_other_rule_is_applied(string number)
    {
        // Documented choice: only the modulus 11 rule. 54 × d ≡ −d (mod 11), so the check digit of
        // ddddddddd is d (and 0 for 0): every repdigit passes it.
        Assert.True(NhsNumber.IsValid(number));
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("1234567890")]
    [InlineData("12345678a")]
    public void Computing_a_check_digit_needs_nine_ascii_digits(string input)
    {
        Assert.False(NhsNumber.TryComputeCheckDigit(input, out _));
    }

    [Fact]
    public void Normalise_throws_a_format_exception_that_does_not_contain_the_number()
    {
        const string wrongCheckDigit = "9434765918";
        var ex = Assert.Throws<FormatException>(() => NhsNumber.Normalise(wrongCheckDigit));
        Assert.DoesNotContain("943", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongCheckDigit, ex.ToString(), StringComparison.Ordinal);

        var grouped = Assert.Throws<FormatException>(() => NhsNumber.Normalise("943 476 5918"));
        Assert.DoesNotContain("476", grouped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalise_throws_for_null_without_a_value()
    {
        Assert.Throws<ArgumentNullException>(() => NhsNumber.Normalise(null!));
    }
}
