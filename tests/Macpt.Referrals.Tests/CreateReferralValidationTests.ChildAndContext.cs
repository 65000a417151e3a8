using Macpt.Contracts.Cin;
using Macpt.Referrals.Apis;
using Macpt.Referrals.Domain;
using static Macpt.Referrals.Tests.Referrals;

namespace Macpt.Referrals.Tests;

/// <summary>
/// The optional details of the child (ethnicity, NHS number, UPN, address, language) and of the
/// referral (referrer, harm context, suspected categories of abuse): absent is fine, present must be right.
/// </summary>
public sealed partial class CreateReferralValidationTests
{
    // Ethnicity (CIN census ethnicitytype)

    public static TheoryData<string> EveryEthnicityCode => new(Ethnicities.Descriptions.Keys);

    [Theory]
    [MemberData(nameof(EveryEthnicityCode))]
    public void Every_cin_ethnicity_code_is_accepted(string code) =>
        RuleAssert.Accepted(Check(WithChild(c => c with { Ethnicity = code })));

    [Fact]
    public void The_ethnicity_list_is_the_census_list_of_twenty_codes_including_refused_and_not_yet_obtained()
    {
        Assert.Equal(20, Ethnicities.Descriptions.Count);
        Assert.Contains(Ethnicities.Refused, Ethnicities.Descriptions.Keys);
        Assert.Contains(Ethnicities.NotYetObtained, Ethnicities.Descriptions.Keys);
    }

    [Theory]
    [InlineData("XXXX")]
    [InlineData("wbri")] // codes are exact: the census has no lower-case codes
    [InlineData("WBRI ")]
    [InlineData("")]
    public void An_unknown_ethnicity_code_is_refused(string code) =>
        RuleAssert.Refused(Check(WithChild(c => c with { Ethnicity = code })), "child.ethnicity");

    [Fact]
    public void No_ethnicity_is_accepted() =>
        RuleAssert.Accepted(Check(WithChild(c => c with { Ethnicity = null })));

    // NHS number (ten digits, modulus 11 check digit)

    [Theory]
    [InlineData("9434765919")]
    [InlineData("943 476 5919")] // the 3-3-4 grouping as printed on NHS letters
    [InlineData("943-476-5919")]
    public void A_valid_nhs_number_is_accepted(string nhsNumber) =>
        RuleAssert.Accepted(Check(WithChild(c => c with { NhsNumber = nhsNumber })));

    [Theory]
    [InlineData("9434765918")] // wrong check digit
    [InlineData("943 476 5918")]
    [InlineData("943 476-5919")] // mixed separators
    [InlineData("94347659190")] // eleven digits
    [InlineData("943476591")] // nine digits
    [InlineData(" 9434765919")] // callers trim; untrimmed input is refused
    [InlineData("")]
    public void An_invalid_nhs_number_is_refused(string nhsNumber) =>
        RuleAssert.Refused(Check(WithChild(c => c with { NhsNumber = nhsNumber })), "child.nhsNumber");

    [Fact]
    public void No_nhs_number_is_accepted() =>
        RuleAssert.Accepted(Check(WithChild(c => c with { NhsNumber = null })));

    // Unique pupil number (13 characters, check letter: census rule 1510)

    [Theory]
    [InlineData("H801200001001")]
    [InlineData("h801200001001")] // the schema allows lower-case letters
    [InlineData("H80120000100B")] // a temporary UPN: B stands for 1 in the check
    public void A_valid_upn_is_accepted(string upn) =>
        RuleAssert.Accepted(Check(WithChild(c => c with { Upn = upn })));

    [Theory]
    [InlineData("A801200001001")] // wrong check letter
    [InlineData("I801200001001")] // I is no check letter
    [InlineData("H80120000100I")] // nor may I end a temporary UPN (census rule 1550)
    [InlineData("H80120000100")] // 12 characters
    [InlineData("H8012000010011")] // 14 characters
    [InlineData("")]
    public void An_invalid_upn_is_refused(string upn) =>
        RuleAssert.Refused(Check(WithChild(c => c with { Upn = upn })), "child.upn");

    [Fact]
    public void No_upn_is_accepted() =>
        RuleAssert.Accepted(Check(WithChild(c => c with { Upn = null })));

    // Address and language

    private static readonly AddressDetails AnAddress = new("1 High Street", "Flat 2", "Exampleton", "EX1 2AB");

    [Fact]
    public void A_full_address_is_accepted() =>
        RuleAssert.Accepted(Check(WithChild(c => c with { Address = AnAddress })));

    [Fact]
    public void Every_address_line_is_optional() =>
        RuleAssert.Accepted(Check(WithChild(c => c with { Address = new AddressDetails(null, null, null, null) })));

    [Fact]
    public void Address_lines_of_100_characters_and_a_postcode_of_10_are_accepted()
    {
        var hundred = new string('a', 100);
        RuleAssert.Accepted(Check(WithChild(c => c with { Address = new AddressDetails(hundred, hundred, hundred, "EX1 2AB   ") })));
    }

    [Fact]
    public void A_postcode_over_10_characters_is_refused() =>
        RuleAssert.Refused(Check(WithChild(c => c with { Address = AnAddress with { Postcode = "EX1 2AB 123" } })), "child.address.postcode");

    [Fact]
    public void An_address_line_over_100_characters_is_refused()
    {
        var longLine = new string('a', 101);
        RuleAssert.Refused(Check(WithChild(c => c with { Address = AnAddress with { Line1 = longLine } })), "child.address.line1");
        RuleAssert.Refused(Check(WithChild(c => c with { Address = AnAddress with { Line2 = longLine } })), "child.address.line2");
        RuleAssert.Refused(Check(WithChild(c => c with { Address = AnAddress with { Town = longLine } })), "child.address.town");
    }

    [Fact]
    public void A_language_of_50_characters_is_accepted() =>
        RuleAssert.Accepted(Check(WithChild(c => c with { Language = new string('a', 50), InterpreterNeeded = true })));

    [Fact]
    public void A_language_over_50_characters_is_refused() =>
        RuleAssert.Refused(Check(WithChild(c => c with { Language = new string('a', 51) })), "child.language");

    // Referrer

    private static readonly ReferrerDetails AReferrer = new("Exampleton Primary School", "Designated safeguarding lead", "01234 567890");

    [Fact]
    public void A_referrer_with_an_agency_role_and_contact_is_accepted() =>
        RuleAssert.Accepted(Check(Valid with { Referrer = AReferrer }));

    [Fact]
    public void A_referrer_needs_only_the_agency() =>
        RuleAssert.Accepted(Check(Valid with { Referrer = new ReferrerDetails("Police", null, null) }));

    [Fact]
    public void No_referrer_is_accepted() =>
        RuleAssert.Accepted(Check(Valid with { Referrer = null }));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_referrer_without_an_agency_is_refused(string? agency) =>
        RuleAssert.Refused(Check(Valid with { Referrer = AReferrer with { Agency = agency } }), "referrer.agency");

    [Fact]
    public void A_referrer_agency_or_role_over_100_characters_is_refused()
    {
        RuleAssert.Refused(Check(Valid with { Referrer = AReferrer with { Agency = new string('a', 101) } }), "referrer.agency");
        RuleAssert.Refused(Check(Valid with { Referrer = AReferrer with { Role = new string('a', 101) } }), "referrer.role");
    }

    [Fact]
    public void A_referrer_contact_of_200_characters_is_accepted() =>
        RuleAssert.Accepted(Check(Valid with { Referrer = AReferrer with { Contact = new string('a', 200) } }));

    [Fact]
    public void A_referrer_contact_over_200_characters_is_refused() =>
        RuleAssert.Refused(Check(Valid with { Referrer = AReferrer with { Contact = new string('a', 201) } }), "referrer.contact");

    // Harm context (Working Together 2023, ch. 4)

    public static TheoryData<string> EveryHarmContext => new(HarmContexts.All);

    [Theory]
    [MemberData(nameof(EveryHarmContext))]
    public void Every_harm_context_is_accepted(string harmContext) =>
        RuleAssert.Accepted(Check(Valid with { HarmContext = harmContext }));

    [Theory]
    [InlineData("family")]
    [InlineData("Online")]
    [InlineData("")]
    public void An_unknown_harm_context_is_refused(string harmContext) =>
        RuleAssert.Refused(Check(Valid with { HarmContext = harmContext }), "harmContext");

    [Fact]
    public void No_harm_context_is_accepted() =>
        RuleAssert.Accepted(Check(Valid with { HarmContext = null }));

    // Suspected categories of abuse (CIN categoryofabuse)

    [Fact]
    public void Suspected_neglect_and_physical_abuse_are_accepted() =>
        RuleAssert.Accepted(Check(Valid with { SuspectedCategories = ["NEG", "PHY"] }));

    [Fact]
    public void Every_category_of_abuse_may_be_suspected() =>
        RuleAssert.Accepted(Check(Valid with { SuspectedCategories = CategoriesOfAbuse.Descriptions.Keys.ToList() }));

    [Theory]
    [InlineData("ABC")]
    [InlineData("neg")]
    [InlineData("")]
    public void An_unknown_category_is_refused(string category) =>
        RuleAssert.Refused(Check(Valid with { SuspectedCategories = ["NEG", category] }), "suspectedCategories");

    [Fact]
    public void A_missing_category_in_the_list_is_refused() =>
        RuleAssert.Refused(Check(Valid with { SuspectedCategories = ["NEG", null!] }), "suspectedCategories");

    [Fact]
    public void No_suspected_categories_is_accepted()
    {
        RuleAssert.Accepted(Check(Valid with { SuspectedCategories = [] }));
        RuleAssert.Accepted(Check(Valid with { SuspectedCategories = null }));
    }

    // Everything at once

    [Fact]
    public void Every_bad_optional_field_is_named_together() =>
        RuleAssert.Refused(Check(Valid with
        {
            Child = BornChild with
            {
                Ethnicity = "XXXX",
                NhsNumber = "9434765918",
                Upn = "A801200001001",
                Address = new AddressDetails(new string('a', 101), null, null, "EX1 2AB 123"),
                Language = new string('a', 51),
            },
            Referrer = new ReferrerDetails(null, null, new string('a', 201)),
            HarmContext = "family",
            SuspectedCategories = ["ABC"],
        }),
            "child.ethnicity", "child.nhsNumber", "child.upn", "child.address.line1", "child.address.postcode", "child.language",
            "referrer.agency", "referrer.contact", "harmContext", "suspectedCategories");

    [Fact]
    public void No_message_quotes_an_optional_value_back()
    {
        // NHS numbers, UPNs, addresses and contacts are personal data.
        var request = Valid with
        {
            Child = BornChild with
            {
                Ethnicity = "Zebedee",
                NhsNumber = "9434765918",
                Upn = "A801200001001",
                Address = new AddressDetails("Quixotic" + new string('q', 100), null, null, "Yonder12345"),
                Language = "Xylophonic" + new string('x', 50),
            },
            Referrer = new ReferrerDetails(null, null, "Wobbly" + new string('w', 200)),
            HarmContext = "Vexatious",
            SuspectedCategories = ["Umbral"],
        };

        var errors = Check(request);

        Assert.Equal(10, errors.Count);
        foreach (var message in errors.Values.SelectMany(m => m))
        {
            foreach (var value in new[] { "Zebedee", "9434765918", "A801200001001", "Quixotic", "Yonder", "Xylophonic", "Wobbly", "Vexatious", "Umbral" })
                Assert.DoesNotContain(value, message);
        }
    }
}
