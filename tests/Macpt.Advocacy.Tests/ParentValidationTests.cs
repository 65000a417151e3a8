using Macpt.Advocacy.Apis;
using Macpt.Advocacy.Apis.Validation;

namespace Macpt.Advocacy.Tests;

/// <summary>Registering a parent, recording a conflict and sending a guide: each refusal names the field.</summary>
public sealed class ParentValidationTests
{
    private static readonly RegisterParentRequest Valid = new("C100", "Anna Nowak", "mother", "pl", true, ["text", "post"], "07700 900123", null, "1 High Street");

    [Fact]
    public void A_complete_registration_is_accepted() => RuleAssert.Accepted(RegisterParentValidation.Check(Valid));

    [Fact]
    public void An_empty_registration_names_every_required_field() =>
        RuleAssert.Refused(RegisterParentValidation.Check(new RegisterParentRequest(null, null, null, null, null, null, null, null, null)),
            "laChildId", "name", "relationship", "language", "contactPreferences");

    [Theory]
    [InlineData("C-100")]
    [InlineData("C1234567890123456789012")]
    public void A_malformed_child_id_is_refused(string id) => RuleAssert.Refused(RegisterParentValidation.Check(Valid with { LaChildId = id }), "laChildId");

    [Fact]
    public void An_unknown_relationship_is_refused() => RuleAssert.Refused(RegisterParentValidation.Check(Valid with { Relationship = "neighbour" }), "relationship");

    [Theory]
    [InlineData("Polish")]
    [InlineData("PL")]
    [InlineData("p")]
    public void A_language_is_an_iso_code(string language) => RuleAssert.Refused(RegisterParentValidation.Check(Valid with { Language = language }), "language");

    [Fact]
    public void An_unknown_channel_is_named_by_its_place() =>
        RuleAssert.Refused(RegisterParentValidation.Check(Valid with { ContactPreferences = ["text", "pigeon"] }), "contactPreferences[1]");

    [Fact]
    public void A_channel_needs_its_details()
    {
        RuleAssert.Refused(RegisterParentValidation.Check(Valid with { Phone = null }), "phone");
        RuleAssert.Refused(RegisterParentValidation.Check(Valid with { Address = null }), "address");
        RuleAssert.Refused(RegisterParentValidation.Check(Valid with { ContactPreferences = ["email"] }), "email");
    }

    [Fact]
    public void A_name_over_200_characters_is_refused() => RuleAssert.Refused(RegisterParentValidation.Check(Valid with { Name = new string('a', 201) }), "name");

    [Fact]
    public void A_conflict_is_between_two_different_parents()
    {
        var id = Guid.NewGuid();
        RuleAssert.Accepted(RecordConflictValidation.Check(new RecordConflictRequest(id, Guid.NewGuid())));
        RuleAssert.Refused(RecordConflictValidation.Check(new RecordConflictRequest(id, id)), "secondParentId");
        RuleAssert.Refused(RecordConflictValidation.Check(new RecordConflictRequest(null, Guid.Empty)), "firstParentId", "secondParentId");
    }

    [Fact]
    public void Sending_a_guide_needs_a_known_stage_and_channel_and_a_date_not_in_the_future()
    {
        var today = D("2026-03-10");
        RuleAssert.Accepted(SendGuideValidation.Check(new SendGuideRequest("conference", "ur", "post", today), today));
        RuleAssert.Refused(SendGuideValidation.Check(new SendGuideRequest("review", "urdu", "fax", today.AddDays(1)), today),
            "stage", "language", "channel", "sentOn");
    }
}
