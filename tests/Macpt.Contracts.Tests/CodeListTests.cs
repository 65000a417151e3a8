using Macpt.Contracts.Cin;

namespace Macpt.Contracts.Tests;

/// <summary>
/// Every CIN code list against the schema's enumeration, read from the XSD at test time: the same
/// codes, no more, no fewer, and (where the class takes them from the schema) the same descriptions.
/// </summary>
public sealed class CodeListTests
{
    private sealed record CodeList(
        string SchemaType,
        IReadOnlyCollection<string> Codes,
        Func<string?, bool> IsValid,
        IReadOnlyDictionary<string, string>? SchemaDescriptions,
        string[] Files);

    private static readonly string[] BothSchemas = [CinSchema.Schema2024, CinSchema.Schema2025Derived];

    private static readonly Dictionary<string, CodeList> Lists = new(StringComparer.Ordinal)
    {
        [nameof(Ethnicities)] = new("ethnicitytype", Ethnicities.Descriptions.Keys.ToList(), Ethnicities.IsValid, Ethnicities.Descriptions, BothSchemas),
        [nameof(Disabilities)] = new("disabilitytype", Disabilities.Descriptions.Keys.ToList(), Disabilities.IsValid, Disabilities.Descriptions, BothSchemas),
        [nameof(CategoriesOfAbuse)] = new("categoryofabuse", CategoriesOfAbuse.Descriptions.Keys.ToList(), CategoriesOfAbuse.IsValid, CategoriesOfAbuse.Descriptions, BothSchemas),
        [nameof(ReasonsForClosure)] = new("reasonforclosuretype", ReasonsForClosure.Descriptions.Keys.ToList(), ReasonsForClosure.IsValid, ReasonsForClosure.Descriptions, BothSchemas),
        [nameof(PrimaryNeedCodes)] = new("primaryneedcodetype", PrimaryNeedCodes.Descriptions.Keys.ToList(), PrimaryNeedCodes.IsValid, PrimaryNeedCodes.Descriptions, BothSchemas),
        [nameof(UpnUnknownReasons)] = new("unknownupntype", UpnUnknownReasons.All, UpnUnknownReasons.IsValid, null, BothSchemas),
        // Existing classes: codes compared; their descriptions are paraphrases, not the schema's text.
        [nameof(ReferralSources)] = new("referralsourcetype", ReferralSources.Descriptions.Keys.ToList(), ReferralSources.IsValid, null, BothSchemas),
        // Sex (sextype, M/F/U) replaced GenderCurrent in 2024-25: the 2025-26 derived schema has it, the 2024 one does not.
        [nameof(Sexes)] = new("sextype", Sexes.All, Sexes.IsValid, null, [CinSchema.Schema2025Derived]),
        // The old GenderCurrent codes, still accepted from callers during the transition, mapped to Sex.
        ["Sexes.FromGenderCurrent"] = new("gendertype", Sexes.FromGenderCurrent.Keys.ToList(), c => c is not null && Sexes.FromGenderCurrent.ContainsKey(c), null, [CinSchema.Schema2024]),
    };

    public static TheoryData<string, string> ListsAndSchemas
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (name, list) in Lists)
            {
                foreach (var file in list.Files) data.Add(name, file);
            }

            return data;
        }
    }

    public static TheoryData<string> ListNames => new(Lists.Keys);

    [SchemaTheory]
    [MemberData(nameof(ListsAndSchemas))]
    public void The_codes_are_exactly_the_schema_enumeration(string list, string schema)
    {
        var expected = CinSchema.Codes(schema, Lists[list].SchemaType);
        var actual = Lists[list].Codes;

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, expected.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [SchemaTheory]
    [MemberData(nameof(ListsAndSchemas))]
    public void Every_code_in_the_schema_is_accepted(string list, string schema)
    {
        var refused = CinSchema.Codes(schema, Lists[list].SchemaType).Where(code => !Lists[list].IsValid(code));

        Assert.Empty(refused);
    }

    [SchemaTheory]
    [MemberData(nameof(ListsAndSchemas))]
    public void Descriptions_taken_from_the_schema_match_its_documentation(string list, string schema)
    {
        if (Lists[list].SchemaDescriptions is not { } descriptions) return; // not taken from the schema

        var mismatched = CinSchema.Enumeration(schema, Lists[list].SchemaType)
            .Where(v => descriptions.GetValueOrDefault(v.Value) != v.Documentation?.Trim())
            .Select(v => $"{v.Value}: schema '{v.Documentation}', class '{descriptions.GetValueOrDefault(v.Value)}'");

        Assert.Empty(mismatched);
    }

    [Theory]
    [MemberData(nameof(ListNames))]
    public void Unknown_blank_padded_and_wrong_case_codes_are_refused(string list)
    {
        var isValid = Lists[list].IsValid;
        Assert.False(isValid(null));
        Assert.False(isValid(""));
        Assert.False(isValid(" "));
        Assert.False(isValid("XXXX"));
        Assert.False(isValid("N10"));
        Assert.False(isValid("RC0"));
        Assert.False(isValid("UN8"));

        foreach (var code in Lists[list].Codes)
        {
            Assert.False(isValid(code + " "), $"'{code} ' accepted");
            Assert.False(isValid(" " + code), $"' {code}' accepted");
            var lower = code.ToLowerInvariant();
            if (lower != code) Assert.False(isValid(lower), $"'{lower}' accepted");
        }
    }

    [Theory]
    [InlineData("WBRI", true)]
    [InlineData("WIRI", true)]
    [InlineData("NOBT", true)]
    [InlineData("REFU", true)]
    [InlineData("MOTH", true)]
    [InlineData("WHIT", false)]
    [InlineData("NOTK", false)] // not a CIN code
    [InlineData("wbri", false)]
    public void Ethnicity_examples(string code, bool valid) => Assert.Equal(valid, Ethnicities.IsValid(code));

    [Theory]
    [InlineData("NEG", true)]
    [InlineData("PHY", true)]
    [InlineData("EMO", true)]
    [InlineData("SAB", true)]
    [InlineData("MUL", true)]
    [InlineData("SEX", false)]
    [InlineData("neg", false)]
    public void Category_of_abuse_examples(string code, bool valid) => Assert.Equal(valid, CategoriesOfAbuse.IsValid(code));

    [Fact]
    public void Closure_primary_need_disability_and_upn_unknown_examples()
    {
        Assert.Equal(9, ReasonsForClosure.Descriptions.Count);
        Assert.True(ReasonsForClosure.IsValid("RC9"));
        Assert.False(ReasonsForClosure.IsValid("RC10"));

        Assert.Equal(10, PrimaryNeedCodes.Descriptions.Count);
        Assert.True(PrimaryNeedCodes.IsValid("N0"));
        Assert.False(PrimaryNeedCodes.IsValid("N"));

        Assert.True(Disabilities.IsValid("NONE"));
        Assert.True(Disabilities.IsValid("DDA"));
        Assert.False(Disabilities.IsValid("DEAF"));

        Assert.Equal(["UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7"], UpnUnknownReasons.All);
        Assert.True(UpnUnknownReasons.IsValid(UpnUnknownReasons.ReferralWithNoFurtherAction));
        Assert.All(UpnUnknownReasons.KnownDescriptions.Keys, code => Assert.Contains(code, UpnUnknownReasons.All));
    }

    [Theory]
    [MemberData(nameof(ListNames))]
    public void Every_description_is_present(string list)
    {
        var descriptions = list switch
        {
            nameof(ReferralSources) => ReferralSources.Descriptions,
            _ => Lists[list].SchemaDescriptions,
        };
        if (descriptions is null) return; // Sexes and UpnUnknownReasons carry no full description list

        Assert.All(descriptions, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    /// <summary>codes.md §1: Sex (M/F/U) replaced GenderCurrent (0/1/2/9) from 2024-25; each old code maps to one Sex code.</summary>
    [Fact]
    public void Each_old_gender_code_maps_to_a_sex_code()
    {
        Assert.Equal(Sexes.Male, Sexes.FromGenderCurrent["1"]);
        Assert.Equal(Sexes.Female, Sexes.FromGenderCurrent["2"]);
        Assert.Equal(Sexes.Unknown, Sexes.FromGenderCurrent["0"]);
        Assert.Equal(Sexes.Unknown, Sexes.FromGenderCurrent["9"]);
        Assert.All(Sexes.FromGenderCurrent.Values, code => Assert.True(Sexes.IsValid(code)));
    }
}
