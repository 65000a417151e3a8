using Macpt.Referrals.Apis;
using Macpt.Referrals.Apis.Validation;
using static Macpt.Referrals.Tests.Referrals;

namespace Macpt.Referrals.Tests;

/// <summary>
/// Several children of one household in one submission: each child is checked as a single referral's
/// child is, named by its place in the list; what the children share is checked once.
/// </summary>
public sealed partial class CreateReferralValidationTests
{
    private static Macpt.ServiceDefaults.Validation.RequestErrors Check(CreateHouseholdReferralRequest request) =>
        CreateReferralValidation.Check(request, Now, Today);

    [Fact]
    public void A_household_of_three_with_an_unborn_sibling_is_accepted() =>
        RuleAssert.Accepted(Check(ValidHousehold));

    [Fact]
    public void A_household_of_one_child_is_accepted() =>
        RuleAssert.Accepted(Check(ValidHousehold with { Children = [BornChild] }));

    [Fact]
    public void A_household_with_the_new_optional_fields_is_accepted() =>
        RuleAssert.Accepted(Check(ValidHousehold with
        {
            Children = [BornChild with { Ethnicity = "WBRI", NhsNumber = "943 476 5919", Upn = "H801200001001" }, OlderSibling, UnbornChild],
            Referrer = new ReferrerDetails("Police", "Public protection officer", "PPU desk"),
            HarmContext = "intra-familial",
            SuspectedCategories = ["EMO", "PHY"],
        }));

    [Fact]
    public void No_list_of_children_is_refused() =>
        RuleAssert.Refused(Check(ValidHousehold with { Children = null }), "children");

    [Fact]
    public void An_empty_list_of_children_is_refused() =>
        RuleAssert.Refused(Check(ValidHousehold with { Children = [] }), "children");

    [Fact]
    public void Twenty_children_are_accepted() =>
        RuleAssert.Accepted(Check(ValidHousehold with { Children = Siblings(CreateReferralValidation.MaxChildrenPerHousehold) }));

    [Fact]
    public void Twenty_one_children_are_refused() =>
        RuleAssert.Refused(Check(ValidHousehold with { Children = Siblings(21) }), "children");

    [Fact]
    public void A_missing_child_is_named_by_its_place() =>
        RuleAssert.Refused(Check(WithSibling(1, null)), "children[1]");

    [Fact]
    public void A_bad_child_is_named_by_its_place_and_field() =>
        RuleAssert.Refused(Check(WithSibling(2, UnbornChild with { LaChildId = null, ExpectedDateOfBirth = null, Sex = "1" })),
            "children[2].laChildId", "children[2].dateOfBirth", "children[2].firstName", "children[2].lastName", "children[2].sex");

    [Fact]
    public void The_optional_fields_of_a_sibling_are_named_by_its_place() =>
        RuleAssert.Refused(Check(WithSibling(0, BornChild with
        {
            Ethnicity = "wbri",
            NhsNumber = "9434765918",
            Upn = "A801200001001",
            Address = new AddressDetails(null, null, null, "EX1 2AB 123"),
            Language = new string('a', 51),
        })),
            "children[0].ethnicity", "children[0].nhsNumber", "children[0].upn", "children[0].address.postcode", "children[0].language");

    [Fact]
    public void Each_bad_child_is_named_separately() =>
        RuleAssert.Refused(Check(ValidHousehold with
        {
            Children = [BornChild with { Sex = null }, null, OlderSibling with { DateOfBirth = Today.AddDays(1) }],
        }),
            "children[0].sex", "children[1]", "children[2].dateOfBirth");

    [Fact]
    public void Two_children_with_the_same_la_child_id_are_refused() =>
        RuleAssert.Refused(Check(WithSibling(1, OlderSibling with { LaChildId = BornChild.LaChildId })), "children");

    [Fact]
    public void The_same_child_twice_is_refused() =>
        RuleAssert.Refused(Check(ValidHousehold with { Children = [BornChild, OlderSibling, BornChild] }), "children");

    [Fact]
    public void A_repeated_id_and_a_bad_child_are_both_named() =>
        RuleAssert.Refused(Check(ValidHousehold with
        {
            Children = [BornChild, BornChild, OlderSibling with { Sex = "3" }],
        }),
            "children", "children[2].sex");

    [Fact]
    public void Children_without_an_id_are_not_counted_as_repeats() =>
        RuleAssert.Refused(Check(ValidHousehold with
        {
            Children = [BornChild with { LaChildId = null }, OlderSibling with { LaChildId = null }, UnbornChild],
        }),
            "children[0].laChildId", "children[1].laChildId");

    [Fact]
    public void What_the_children_share_is_checked_once() =>
        RuleAssert.Refused(Check(new CreateHouseholdReferralRequest(
            [BornChild with { Sex = null }, OlderSibling, UnbornChild with { LaChildId = "RB/1" }],
            ReferralSource: null, Concerns: " ", ReceivedAt: null,
            Referrer: new ReferrerDetails(null, null, null), HarmContext: "family", SuspectedCategories: ["ABC"])),
            "children[0].sex", "children[2].laChildId",
            "referralSource", "concerns", "receivedAt", "referrer.agency", "harmContext", "suspectedCategories");

    [Fact]
    public void Shared_fields_are_checked_even_when_there_are_no_children() =>
        RuleAssert.Refused(Check(new CreateHouseholdReferralRequest(null, "2Z", null, Now.AddDays(1))),
            "children", "referralSource", "concerns", "receivedAt");

    [Fact]
    public void The_household_rules_agree_with_the_single_child_rules()
    {
        // Each child of a valid household is a valid single referral, and vice versa.
        foreach (var child in ValidHousehold.Children!)
            RuleAssert.Accepted(Check(ValidHousehold.ForChild(child)));
    }

    /// <summary><paramref name="count"/> distinct born children of one household.</summary>
    private static List<ChildDetails?> Siblings(int count) =>
        Enumerable.Range(1, count).Select(i => (ChildDetails?)(OlderSibling with { LaChildId = $"RB{i:D6}" })).ToList();
}
