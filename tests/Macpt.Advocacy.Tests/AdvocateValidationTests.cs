using Macpt.Advocacy.Apis;
using Macpt.Advocacy.Apis.Validation;

namespace Macpt.Advocacy.Tests;

/// <summary>Registering providers and advocates, capacity and departures: each refusal names the field.</summary>
public sealed class AdvocateValidationTests
{
    private static readonly RegisterAdvocateRequest Valid = new("Sam Jones", true, ["en", "ur"], 4);

    [Fact]
    public void A_complete_advocate_is_accepted() => RuleAssert.Accepted(RegisterAdvocateValidation.Check(Valid));

    [Fact]
    public void An_empty_advocate_names_every_field() =>
        RuleAssert.Refused(RegisterAdvocateValidation.Check(new RegisterAdvocateRequest(null, null, null, null)), "name", "livedExperience", "languages", "capacity");

    [Theory]
    [InlineData(-1)]
    [InlineData(51)]
    public void Capacity_is_from_nought_to_fifty(int capacity) => RuleAssert.Refused(RegisterAdvocateValidation.Check(Valid with { Capacity = capacity }), "capacity");

    [Fact]
    public void A_bad_language_is_named_by_its_place() => RuleAssert.Refused(RegisterAdvocateValidation.Check(Valid with { Languages = ["en", "Urdu"] }), "languages[1]");

    [Fact]
    public void A_provider_is_a_voluntary_or_community_organisation()
    {
        RuleAssert.Accepted(RegisterProviderValidation.Check(new RegisterProviderRequest("Family Rights Group", "voluntary")));
        RuleAssert.Refused(RegisterProviderValidation.Check(new RegisterProviderRequest("Acme Ltd", "commercial")), "kind");
    }

    [Fact]
    public void Leaving_is_dated_today_or_before()
    {
        var today = D("2026-03-10");
        RuleAssert.Accepted(AdvocateLeftValidation.Check(new AdvocateLeftRequest(today), today));
        RuleAssert.Refused(AdvocateLeftValidation.Check(new AdvocateLeftRequest(today.AddDays(1)), today), "leftOn");
    }

    [Fact]
    public void A_capacity_change_needs_a_capacity() => RuleAssert.Refused(CapacityValidation.Check(new CapacityRequest(null)), "capacity");
}
