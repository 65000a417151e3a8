using System.Text.RegularExpressions;
using Macpt.Contracts.Cin;

namespace Macpt.Contracts.Tests;

public sealed class UniquePupilNumberTests
{
    /// <summary>Valid UPNs published by others, checked here against an algorithm they did not write.</summary>
    public static TheoryData<string, string> PublishedValid => new()
    {
        // The DfE's UPN guidance examples (quoted, with the gov.uk PDF named, in the tests of a public
        // pupil-register service): a permanent and a temporary UPN.
        { "H801200001001", "DfE UPN guidance" },
        { "G80120000101A", "DfE UPN guidance (temporary)" },
        // python-stdnum's stdnum.gb.upn documentation.
        { "B801200005001", "python-stdnum" },
        // The open-source CIN validator's test data for census rule 1510.
        { "A950000178301", "CIN validator rule 1510" },
        { "H243278544154", "CIN validator rule 1510" },
    };

    /// <summary>Wrong check letters published by the same sources.</summary>
    public static TheoryData<string, string> PublishedInvalid => new()
    {
        { "Z801200001001", "DfE UPN guidance" },
        { "A801200005001", "python-stdnum" },
        { "R247962919251", "CIN validator rule 1510" },
        { "X428558133462", "CIN validator rule 1510" },
    };

    /// <summary>
    /// Computed with the algorithm. A123456789012 by hand: 1×2 + 2×3 + 3×4 + 4×5 + 5×6 + 6×7 + 7×8 + 8×9
    /// + 9×10 + 0×11 + 1×12 + 2×13 = 368 = 16 × 23, remainder 0 → A.
    /// P93861120100A: the trailing A counts as 0, so the sum is that of 938611201000: remainder 13 → P.
    /// </summary>
    public static TheoryData<string> ComputedValid => new()
    {
        "A123456789012",
        "D938611201001",
        "T938611201002",
        "P93861120100A",
        "V30320251234Z",
    };

    public static TheoryData<string> AllValid
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var row in PublishedValid) data.Add((string)row[0]);
            foreach (var upn in ComputedValid) data.Add(upn);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(PublishedValid))]
    public void Published_valid_upns_are_accepted(string upn, string source)
    {
        Assert.True(UniquePupilNumber.IsValid(upn), $"{source} example refused");
    }

    [Theory]
    [MemberData(nameof(PublishedInvalid))]
    public void Published_wrong_check_letters_are_refused(string upn, string source)
    {
        Assert.True(UniquePupilNumber.HasSchemaFormat(upn));
        Assert.False(UniquePupilNumber.IsValid(upn), $"{source} example accepted");
    }

    [Theory]
    [MemberData(nameof(ComputedValid))]
    public void Computed_valid_upns_are_accepted(string upn)
    {
        Assert.True(UniquePupilNumber.IsValid(upn));
        Assert.True(UniquePupilNumber.TryComputeCheckLetter(upn.AsSpan(1), out var check));
        Assert.Equal(upn[0], check);
    }

    [Theory]
    [MemberData(nameof(AllValid))]
    public void Every_other_first_letter_is_refused(string upn)
    {
        var accepted = new List<char>();
        for (var letter = 'A'; letter <= 'Z'; letter++)
        {
            if (letter == upn[0]) continue;
            if (UniquePupilNumber.IsValid(letter + upn[1..])) accepted.Add(letter);
            if (UniquePupilNumber.IsValid(char.ToLowerInvariant(letter) + upn[1..])) accepted.Add(char.ToLowerInvariant(letter));
        }

        Assert.Empty(accepted);
    }

    [Theory]
    [MemberData(nameof(AllValid))]
    public void Every_single_character_change_after_the_check_letter_is_refused(string upn)
    {
        // Weights 2..13 and changes of value of 1 to 22 are all non-zero mod 23, so every change of
        // value moves the check letter. Character 13 also takes each table letter, except the one
        // whose value equals the current character's (see the next test).
        var accepted = new List<string>();
        for (var position = 1; position < UniquePupilNumber.Length; position++)
        {
            var replacements = position == UniquePupilNumber.Length - 1
                ? "0123456789" + UniquePupilNumber.CheckLetters
                : "0123456789";
            foreach (var c in replacements)
            {
                if (c == upn[position]) continue;
                if (position == UniquePupilNumber.Length - 1 && ValueOf(c) == ValueOf(upn[position])) continue;
                var changed = string.Concat(upn.AsSpan(0, position), [c], upn.AsSpan(position + 1));
                if (UniquePupilNumber.IsValid(changed)) accepted.Add(changed);
            }
        }

        Assert.Empty(accepted);
    }

    [Theory]
    [InlineData("A123456789012", "A12345678901C")] // 2 and C both count 2
    [InlineData("H801200001001", "H80120000100B")] // 1 and B both count 1
    [InlineData("G80120000101A", "G801200001010")] // A and 0 both count 0
    public void A_digit_and_the_letter_of_the_same_value_in_character_13_share_a_check_letter(string upn, string twin)
    {
        // A property of the DfE algorithm, not of this implementation: both forms are valid.
        Assert.True(UniquePupilNumber.IsValid(upn));
        Assert.True(UniquePupilNumber.IsValid(twin));
    }

    private static int ValueOf(char c) => char.IsAsciiDigit(c) ? c - '0' : UniquePupilNumber.CheckLetters.IndexOf(c, StringComparison.Ordinal);

    [Theory]
    [InlineData("h801200001001", "H801200001001")]
    [InlineData("g80120000101a", "G80120000101A")]
    [InlineData("G80120000101a", "G80120000101A")]
    [InlineData("g80120000101A", "G80120000101A")]
    [InlineData("H801200001001", "H801200001001")]
    public void Lower_case_letters_are_accepted_as_the_schema_allows_and_normalised_to_upper_case(string input, string expected)
    {
        Assert.True(UniquePupilNumber.IsValid(input));
        Assert.True(UniquePupilNumber.TryNormalise(input, out var normalised));
        Assert.Equal(expected, normalised);
        Assert.Equal(expected, UniquePupilNumber.Normalise(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("H80120000100")] // 12
    [InlineData("H8012000010011")] // 14
    [InlineData("H801200001001\n")]
    [InlineData(" H801200001001")]
    [InlineData("H801200001001 ")]
    [InlineData("H 801 2000 01 001")]
    [InlineData("H")]
    public void Wrong_lengths_are_refused(string? input)
    {
        Assert.False(UniquePupilNumber.HasSchemaFormat(input));
        Assert.False(UniquePupilNumber.IsValid(input));
        Assert.False(UniquePupilNumber.TryNormalise(input, out var normalised));
        Assert.Equal(string.Empty, normalised);
    }

    [Theory]
    [InlineData("1801200001001")] // digit first
    [InlineData("H80120000A001")] // letter among characters 2-12
    [InlineData("HA01200001001")]
    [InlineData("H8012000010A1")]
    [InlineData("H80120000100-")]
    [InlineData("H٨01200001001")] // Arabic-Indic 8
    [InlineData("Ä801200001001")]
    public void Characters_outside_the_schema_pattern_are_refused(string input)
    {
        Assert.False(UniquePupilNumber.HasSchemaFormat(input));
        Assert.False(UniquePupilNumber.IsValid(input));
    }

    [Theory]
    [InlineData("?80120000101I")]
    [InlineData("?80120000101O")]
    [InlineData("?80120000101S")]
    public void I_O_and_S_in_character_13_have_the_schema_format_but_no_check_value(string template)
    {
        // The schema's pattern allows any letter; the check-letter table (and census rule 1550) does not.
        for (var first = 'A'; first <= 'Z'; first++)
        {
            var upn = first + template[1..];
            Assert.True(UniquePupilNumber.HasSchemaFormat(upn));
            Assert.False(UniquePupilNumber.IsValid(upn));
        }

        Assert.False(UniquePupilNumber.TryComputeCheckLetter(template.AsSpan(1), out _));
    }

    [Theory]
    [InlineData("I801200001001")]
    [InlineData("O801200001001")]
    [InlineData("S801200001001")]
    public void I_O_and_S_are_never_check_letters(string upn)
    {
        Assert.True(UniquePupilNumber.HasSchemaFormat(upn));
        Assert.False(UniquePupilNumber.IsValid(upn));
    }

    [Fact]
    public void The_check_letter_table_is_the_alphabet_without_I_O_and_S()
    {
        var expected = new string(Enumerable.Range('A', 26).Select(c => (char)c).Where(c => c is not ('I' or 'O' or 'S')).ToArray());
        Assert.Equal(expected, new string(UniquePupilNumber.CheckLetters));
        Assert.Equal(23, expected.Length);
    }

    [Theory]
    [InlineData("G80120000101A", true)]
    [InlineData("P93861120100A", true)]
    [InlineData("g80120000101a", true)]
    [InlineData("H801200001001", false)]
    [InlineData("Z801200001001", false)] // invalid, so not a temporary UPN either
    [InlineData(null, false)]
    public void Temporary_upns_end_in_a_letter(string? upn, bool temporary)
    {
        Assert.Equal(temporary, UniquePupilNumber.IsTemporary(upn));
    }

    [Theory]
    [InlineData("80120000100")] // 11
    [InlineData("8012000010011")] // 13
    [InlineData("8012000010A1")] // letter before the last place
    [InlineData("80120000100-")]
    public void Computing_a_check_letter_needs_eleven_digits_and_a_digit_or_table_letter(string input)
    {
        Assert.False(UniquePupilNumber.TryComputeCheckLetter(input, out _));
    }

    [Fact]
    public void Normalise_throws_a_format_exception_that_does_not_contain_the_upn()
    {
        const string wrong = "Z801200001001";
        var ex = Assert.Throws<FormatException>(() => UniquePupilNumber.Normalise(wrong));
        Assert.DoesNotContain("801200001001", ex.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => UniquePupilNumber.Normalise(null!));
    }

    public static TheoryData<string> FormatProbes => new()
    {
        "H801200001001", "h801200001001", "G80120000101A", "g80120000101a", "Z801200001001",
        "?80120000101I", "I801200001001", "A80120000101S",
        "1801200001001", "H80120000A001", "H8012000010A1", "H80120000100-", "HH01200001001",
        "H80120000100", "H8012000010011", "H801200001001\n", " H801200001001", "",
        "Ä801200001001", "H80120000100Ä",
    };

    [SchemaTheory]
    [MemberData(nameof(FormatProbes))]
    public void HasSchemaFormat_agrees_with_the_upntype_patterns(string probe)
    {
        foreach (var file in new[] { CinSchema.Schema2024, CinSchema.Schema2025Derived })
        {
            var patterns = CinSchema.Patterns(file, "upntype");
            Assert.Equal([@"[A-Za-z]\d{12}", @"[A-Za-z]\d{11}[A-Za-z]"], patterns);

            // XSD patterns match the whole value. \d is taken as ASCII here, a documented narrowing.
            var regex = new Regex(
                string.Join('|', patterns.Select(p => $@"\A(?:{p.Replace(@"\d", "[0-9]", StringComparison.Ordinal)})\z")),
                RegexOptions.CultureInvariant);
            Assert.Equal(regex.IsMatch(probe), UniquePupilNumber.HasSchemaFormat(probe));
        }
    }

    [SchemaFact]
    public void Upn_and_former_upn_are_of_upntype_in_both_schemas()
    {
        foreach (var file in new[] { CinSchema.Schema2024, CinSchema.Schema2025Derived })
        {
            Assert.Equal("upntype", CinSchema.TypeOfElement(file, "UPN"));
            Assert.Equal("upntype", CinSchema.TypeOfElement(file, "FormerUPN"));
            Assert.Equal("unknownupntype", CinSchema.TypeOfElement(file, "UPNunknown"));
        }
    }
}
