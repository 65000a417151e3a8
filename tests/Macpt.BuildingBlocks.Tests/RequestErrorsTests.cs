using Macpt.ServiceDefaults.Validation;
using Macpt.Testing;

namespace Macpt.BuildingBlocks.Tests;

/// <summary>The one request validation: one message per kind of fault, the first fault per field reported.</summary>
public sealed class RequestErrorsTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void A_valid_request_has_no_errors()
    {
        var errors = new RequestErrors();
        errors.Text("reason", "Seen at school", 100);
        errors.OptionalText("note", null, 10);
        errors.OneOf("decision", "nfa", ["nfa", "strategy-discussion"]);
        errors.Practitioner("decidedBy", "lcpp-0042");
        errors.LaChild("laChildId", "C1234");
        errors.PastDate("heldOn", Today, Today);
        errors.Range("score", 5, 1, 5);
        errors.Id("referralId", Guid.NewGuid());
        errors.Ids("discussedWith", [Guid.NewGuid(), Guid.NewGuid()], 10);
        errors.AllOneOf("categories", ["NEG", "PHY"], ["NEG", "PHY", "EMO"]);

        Assert.True(errors.IsValid);
        RuleAssert.Accepted(errors);
    }

    [Fact]
    public void Each_kind_of_fault_has_one_message_whatever_the_field()
    {
        var errors = new RequestErrors();
        errors.Text("reason", " ", 100);
        errors.Text("concerns", null, 100);
        errors.Practitioner("decidedBy", "lcpp 42");
        errors.Practitioner("chairId", "not/valid");
        errors.OneOf("decision", "maybe", ["nfa"]);
        errors.OneOf("urgency", "soon", ["nfa"]);

        RuleAssert.Refused(errors, "reason", "concerns", "decidedBy", "chairId", "decision", "urgency");
        Assert.Equal(errors["reason"], errors["concerns"]);
        Assert.Equal(RequestErrors.Messages.Required, errors["reason"][0]);
        Assert.Equal(errors["decidedBy"], errors["chairId"]);
        Assert.Equal(errors["decision"], errors["urgency"]);
    }

    [Fact]
    public void Messages_never_quote_the_value_sent()
    {
        var errors = new RequestErrors();
        errors.Text("concerns", new string('x', 101) + "Sam Example", 100);
        errors.OneOf("decision", "Sam Example", ["nfa"]);
        errors.Practitioner("decidedBy", "Sam Example");
        errors.LaChild("laChildId", "Sam Example");

        Assert.All(errors.Values.SelectMany(m => m), m => Assert.DoesNotContain("Sam", m, StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_fault_of_a_field_is_the_one_reported()
    {
        var errors = new RequestErrors();
        errors.Text("reason", null, 10);
        errors.Add("reason", "A second fault.");

        Assert.Equal([RequestErrors.Messages.Required], errors["reason"]);
    }

    [Theory]
    [InlineData("2026-12-02", false)]
    [InlineData("2026-12-01", true)]
    [InlineData("2026-11-30", true)]
    public void A_past_date_may_be_today_but_not_tomorrow(string date, bool valid)
    {
        var errors = new RequestErrors();
        Assert.Equal(valid, errors.PastDate("heldOn", TestDates.D(date), Today));
        Assert.Equal(valid, errors.IsValid);
    }

    [Fact]
    public void Lists_refuse_repeats_empty_ids_and_too_many_entries()
    {
        var id = Guid.NewGuid();
        var errors = new RequestErrors();
        errors.Ids("repeated", [id, id], 10);
        errors.Ids("empty", [Guid.Empty], 10);
        errors.Ids("many", [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()], 2);
        errors.Practitioners("attendees", ["a-1", "A-1"], 10);
        errors.List<string>("offeredTo", ["x", null], 10);
        errors.Ids("optional", null, 10, required: false);

        RuleAssert.Refused(errors, "repeated", "empty", "many", "attendees", "offeredTo");
    }

    [Fact]
    public void Optional_text_may_be_absent_or_blank_but_not_too_long()
    {
        var errors = new RequestErrors();
        errors.OptionalText("absent", null, 5);
        errors.OptionalText("blank", "  ", 5);
        errors.OptionalText("long", "123456", 5);
        errors.OptionalText("trimmed", "  12345  ", 5);

        RuleAssert.Refused(errors, "long");
    }
}
