using Macpt.Contracts;
using Macpt.Referrals.Apis;
using Macpt.Referrals.Apis.Validation;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Referrals.Tests;

/// <summary>
/// A consultation request names a known agency, a practitioner id and a question; the child may be
/// anonymous. Advice carries its text and the LCPP's id. Checked on Wednesday 25 November 2026.
/// </summary>
public sealed class ConsultationValidationTests
{
    private static readonly DateOnly Today = D("2026-11-25");

    private static readonly RequestConsultationRequest Valid = new(
        RequesterAgency: "education",
        RequesterContact: "Designated safeguarding lead, 01632 960000",
        Question: "A pupil has come in with bruising twice this term. Should we refer?",
        Child: null);

    private static readonly ConsultationChild NamedChild = new("RB123456", "Alex", "Smith", D("2019-03-14"));

    private static readonly RecordAdviceRequest ValidAdvice = new("Refer to the MACPT today; speak to the child first.");

    private static RequestErrors Check(RequestConsultationRequest r) => RequestConsultationValidation.Check(r, Today);

    private static RequestErrors WithChild(ConsultationChild child) => Check(Valid with { Child = child });

    [Fact]
    public void A_valid_anonymous_request_is_accepted() => RuleAssert.Accepted(Check(Valid));

    [Fact]
    public void A_valid_request_about_a_named_child_is_accepted() => RuleAssert.Accepted(WithChild(NamedChild));

    // requesterAgency

    [Fact]
    public void The_agencies_are_exactly_the_consulting_list() =>
        Assert.Equal(["family-help", "education", "health", "police", "other"], Agencies.Consulting);

    public static TheoryData<string> ConsultingAgencies => new(Agencies.Consulting);

    [Theory]
    [MemberData(nameof(ConsultingAgencies))]
    public void Each_consulting_agency_is_accepted(string agency) =>
        RuleAssert.Accepted(Check(Valid with { RequesterAgency = agency }));

    [Theory]
    [InlineData("council")]
    [InlineData("school")] // the one agency list says "education"
    [InlineData("Education")] // codes are exact
    [InlineData(" education")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_unknown_or_missing_agency_is_refused(string? agency) =>
        RuleAssert.Refused(Check(Valid with { RequesterAgency = agency }), "requesterAgency");

    // requesterAgency from a partner: its own agency, from the token

    [Theory]
    [InlineData("police", null)]
    [InlineData("police", "police")]
    [InlineData("health", "health")]
    public void A_partner_consults_as_its_own_agency_and_may_leave_it_out(string caller, string? named) =>
        RuleAssert.Accepted(RequestConsultationValidation.Check(Valid with { RequesterAgency = named }, Today, caller));

    [Fact]
    public void A_partner_cannot_consult_as_another_agency() =>
        RuleAssert.Refused(RequestConsultationValidation.Check(Valid with { RequesterAgency = "health" }, Today, "police"), "requesterAgency");

    [Fact]
    public void The_body_cannot_name_the_practitioner_asking() =>
        Assert.DoesNotContain(typeof(RequestConsultationRequest).GetProperties(), p => p.Name == "RequesterId");

    // requesterContact

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void The_contact_is_optional(string? contact) =>
        RuleAssert.Accepted(Check(Valid with { RequesterContact = contact }));

    [Fact]
    public void A_contact_of_exactly_200_characters_is_accepted() =>
        RuleAssert.Accepted(Check(Valid with { RequesterContact = new string('c', 200) }));

    [Fact]
    public void A_contact_over_200_characters_is_refused() =>
        RuleAssert.Refused(Check(Valid with { RequesterContact = new string('c', 201) }), "requesterContact");

    // question

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void A_missing_question_is_refused(string? question) =>
        RuleAssert.Refused(Check(Valid with { Question = question }), "question");

    [Fact]
    public void A_question_of_exactly_10000_characters_is_accepted() =>
        RuleAssert.Accepted(Check(Valid with { Question = new string('q', RequestConsultationValidation.MaxQuestionLength) }));

    [Fact]
    public void A_question_over_10000_characters_is_refused() =>
        RuleAssert.Refused(Check(Valid with { Question = new string('q', 10_001) }), "question");

    // child

    [Fact]
    public void A_child_with_no_details_at_all_is_accepted() =>
        RuleAssert.Accepted(WithChild(new ConsultationChild(null, null, null, null)));

    [Fact]
    public void A_child_with_only_a_first_name_is_accepted() =>
        RuleAssert.Accepted(WithChild(new ConsultationChild(null, "Alex", null, null)));

    [Fact]
    public void A_child_with_only_a_local_authority_id_is_accepted() =>
        RuleAssert.Accepted(WithChild(new ConsultationChild("RB123456", null, null, null)));

    [Fact]
    public void A_local_authority_id_of_exactly_20_characters_is_accepted() =>
        RuleAssert.Accepted(WithChild(NamedChild with { LaChildId = new string('A', 20) }));

    [Theory]
    [InlineData("AB-1")]
    [InlineData("RB 123456")]
    [InlineData("ABCDEFGHIJ0123456789K")] // 21 characters
    public void An_invalid_local_authority_id_is_refused(string laChildId) =>
        RuleAssert.Refused(WithChild(NamedChild with { LaChildId = laChildId }), "child.laChildId");

    [Fact]
    public void Names_of_exactly_100_characters_are_accepted() =>
        RuleAssert.Accepted(WithChild(NamedChild with { FirstName = new string('f', 100), LastName = new string('l', 100) }));

    [Fact]
    public void A_first_name_over_100_characters_is_refused() =>
        RuleAssert.Refused(WithChild(NamedChild with { FirstName = new string('f', 101) }), "child.firstName");

    [Fact]
    public void A_last_name_over_100_characters_is_refused() =>
        RuleAssert.Refused(WithChild(NamedChild with { LastName = new string('l', 101) }), "child.lastName");

    [Fact]
    public void A_child_born_today_is_accepted() =>
        RuleAssert.Accepted(WithChild(NamedChild with { DateOfBirth = Today }));

    [Fact]
    public void A_date_of_birth_tomorrow_is_refused() =>
        RuleAssert.Refused(WithChild(NamedChild with { DateOfBirth = D("2026-11-26") }), "child.dateOfBirth");

    // everything at once

    [Fact]
    public void An_empty_request_names_every_required_field() =>
        RuleAssert.Refused(Check(new RequestConsultationRequest(null, null, null)), "requesterAgency", "question");

    [Fact]
    public void Every_bad_field_is_named_together() =>
        RuleAssert.Refused(Check(new RequestConsultationRequest(
                "council", new string('c', 201), new string('q', 10_001),
                new ConsultationChild("AB-1", new string('f', 101), new string('l', 101), D("2026-11-26")))),
            "requesterAgency", "requesterContact", "question",
            "child.laChildId", "child.firstName", "child.lastName", "child.dateOfBirth");

    [Fact]
    public void No_message_quotes_a_submitted_value_back()
    {
        // Questions, names and contacts are personal data.
        var request = new RequestConsultationRequest(
            RequesterAgency: "Zebedee council",
            RequesterContact: "Wobbly" + new string('w', 200),
            Question: "Xylophonic" + new string('x', 10_000),
            Child: new ConsultationChild("Yonder-1", "Umbral" + new string('u', 100), "Vexatious" + new string('v', 100), D("2031-07-19")));

        var errors = Check(request);

        Assert.Equal(7, errors.Count);
        foreach (var message in errors.Values.SelectMany(m => m))
        {
            foreach (var value in new[] { "Zebedee", "Wobbly", "Xylophonic", "Yonder", "Umbral", "Vexatious", "2031", "19/07", "07/19" })
                Assert.DoesNotContain(value, message, StringComparison.OrdinalIgnoreCase);
        }
    }

    // advice

    [Fact]
    public void Valid_advice_is_accepted() => RuleAssert.Accepted(RecordAdviceValidation.Check(ValidAdvice));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_advice_is_refused(string? advice) =>
        RuleAssert.Refused(RecordAdviceValidation.Check(ValidAdvice with { Advice = advice }), "advice");

    [Fact]
    public void Advice_of_exactly_10000_characters_is_accepted() =>
        RuleAssert.Accepted(RecordAdviceValidation.Check(ValidAdvice with { Advice = new string('a', RecordAdviceValidation.MaxAdviceLength) }));

    [Fact]
    public void Advice_over_10000_characters_is_refused() =>
        RuleAssert.Refused(RecordAdviceValidation.Check(ValidAdvice with { Advice = new string('a', 10_001) }), "advice");

    [Fact]
    public void Empty_advice_names_the_advice() =>
        RuleAssert.Refused(RecordAdviceValidation.Check(new RecordAdviceRequest(null)), "advice");

    [Fact]
    public void No_advice_message_quotes_a_submitted_value_back()
    {
        var errors = RecordAdviceValidation.Check(new RecordAdviceRequest("Kestrel" + new string('k', 10_000)));

        var message = Assert.Single(Assert.Single(errors.Values));
        Assert.DoesNotContain("Kestrel", message, StringComparison.OrdinalIgnoreCase);
    }
}
