using Macpt.Enquiries.Apis;
using Macpt.Enquiries.Apis.Validation;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Enquiries.Tests;

/// <summary>
/// Convening a strategy discussion names when it is, its chair (an LCPP's id) and who is invited (1 to 30,
/// each a known agency with a role and, optionally, a practitioner id). Recording its outcome is in
/// <c>StrategyDiscussionValidationTests.Outcome.cs</c>. Errors name fields, never values. Checked at
/// 10:00 UTC on Wednesday 25 November 2026.
/// </summary>
public sealed partial class StrategyDiscussionValidationTests
{
    private static readonly DateTimeOffset Now = Instant("2026-11-25T10:00:00Z");

    private static readonly AttendeeRequest SocialWorker = new("local-authority", "Social worker", "sw.a-jones");
    private static readonly AttendeeRequest PoliceOfficer = new("police", "Detective sergeant", "ds.b-khan");
    private static readonly AttendeeRequest Nurse = new("health", "Named nurse", null);

    private static readonly ConveneRequest ValidConvening = new(
        ScheduledFor: Instant("2026-11-26T14:00:00Z"),
        ChairId: "lcpp.j-khan_01",
        Attendees: [SocialWorker, PoliceOfficer, Nurse]);

    private static RequestErrors Check(ConveneRequest r) => ConveneValidation.Check(Guid.NewGuid(), r, Now);

    private static IReadOnlyList<AttendeeRequest?> Many(int count) =>
        Enumerable.Range(0, count).Select(i => (AttendeeRequest?)new AttendeeRequest("other", "Observer", $"obs{i}")).ToList();

    [Fact]
    public void A_valid_convening_is_accepted() => RuleAssert.Accepted(Check(ValidConvening));

    [Fact]
    public void The_limits_are_10000_characters_and_30_attendees()
    {
        Assert.Equal(10_000, Limits.Text);
        Assert.Equal(30, Limits.Attendees);
    }

    // scheduledFor

    [Fact]
    public void A_missing_date_and_time_is_refused() =>
        RuleAssert.Refused(Check(ValidConvening with { ScheduledFor = null }), "scheduledFor");

    [Theory]
    [InlineData("2026-11-25T10:00:00Z")] // now
    [InlineData("2026-11-20T09:00:00Z")] // last week: recorded after the event
    [InlineData("2026-10-26T10:00:00Z")] // exactly 30 days ago
    [InlineData("2027-03-01T09:30:00Z")] // months ahead
    public void A_date_up_to_30_days_past_or_in_the_future_is_accepted(string scheduledFor) =>
        RuleAssert.Accepted(Check(ValidConvening with { ScheduledFor = Instant(scheduledFor) }));

    [Theory]
    [InlineData("2026-10-26T09:59:59Z")] // a second over 30 days ago
    [InlineData("2026-01-01T09:00:00Z")]
    public void A_date_more_than_30_days_past_is_refused(string scheduledFor) =>
        RuleAssert.Refused(Check(ValidConvening with { ScheduledFor = Instant(scheduledFor) }), "scheduledFor");

    // chairId

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_chair_is_refused(string? chairId) =>
        RuleAssert.Refused(Check(ValidConvening with { ChairId = chairId }), "chairId");

    [Theory]
    [InlineData("J Khan")] // a name, not an id
    [InlineData(" lcpp1")]
    [InlineData("lcpp1 ")]
    [InlineData("lcpp\t1")]
    [InlineData("j.khan@council.gov.uk")]
    public void A_chair_id_with_spaces_or_other_characters_is_refused(string chairId) =>
        RuleAssert.Refused(Check(ValidConvening with { ChairId = chairId }), "chairId");

    [Fact]
    public void A_chair_id_over_64_characters_is_refused() =>
        RuleAssert.Refused(Check(ValidConvening with { ChairId = new string('a', 65) }), "chairId");

    // attendees

    [Fact]
    public void No_attendees_is_refused() =>
        RuleAssert.Refused(Check(ValidConvening with { Attendees = [] }), "attendees");

    [Fact]
    public void Missing_attendees_is_refused() =>
        RuleAssert.Refused(Check(ValidConvening with { Attendees = null }), "attendees");

    [Fact]
    public void Convening_does_not_yet_need_all_three_required_agencies() =>
        // Who must attend is checked when the threshold decision is recorded, not at invitation.
        RuleAssert.Accepted(Check(ValidConvening with { Attendees = [SocialWorker] }));

    [Fact]
    public void Each_agency_is_accepted()
    {
        foreach (var agency in new[] { "local-authority", "police", "health", "education", "referrer", "family-help", "other" })
            RuleAssert.Accepted(Check(ValidConvening with { Attendees = [new AttendeeRequest(agency, "Practitioner", null)] }));
    }

    [Theory]
    [InlineData("social-care")]
    [InlineData("Police")] // codes are exact
    [InlineData(" police")]
    [InlineData("")]
    [InlineData(null)]
    public void An_attendee_with_an_unknown_or_missing_agency_is_refused(string? agency) =>
        RuleAssert.Refused(Check(ValidConvening with { Attendees = [SocialWorker, PoliceOfficer with { Agency = agency }, Nurse] }),
            "attendees[1].agency");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_attendee_without_a_role_is_refused(string? role) =>
        RuleAssert.Refused(Check(ValidConvening with { Attendees = [SocialWorker, PoliceOfficer, Nurse with { Role = role }] }),
            "attendees[2].role");

    [Fact]
    public void A_role_of_100_characters_is_accepted_and_over_100_refused()
    {
        RuleAssert.Accepted(Check(ValidConvening with { Attendees = [SocialWorker with { Role = new string('r', 100) }] }));
        RuleAssert.Refused(Check(ValidConvening with { Attendees = [SocialWorker with { Role = new string('r', 101) }] }), "attendees[0].role");
    }

    [Fact]
    public void An_attendee_without_a_practitioner_id_is_accepted() =>
        RuleAssert.Accepted(Check(ValidConvening with { Attendees = [SocialWorker with { PractitionerId = null }] }));

    [Theory]
    [InlineData("A Jones")]
    [InlineData("a.jones@council.gov.uk")]
    [InlineData("sw1 ")]
    public void An_attendee_with_a_bad_practitioner_id_is_refused(string practitionerId) =>
        RuleAssert.Refused(Check(ValidConvening with { Attendees = [SocialWorker, PoliceOfficer with { PractitionerId = practitionerId }] }),
            "attendees[1].practitionerId");

    [Fact]
    public void A_null_attendee_is_refused_by_its_position() =>
        RuleAssert.Refused(Check(ValidConvening with { Attendees = [SocialWorker, null, Nurse] }), "attendees[1]");

    [Fact]
    public void Every_fault_of_every_attendee_is_named() =>
        RuleAssert.Refused(Check(ValidConvening with { Attendees = [new AttendeeRequest("council", null, "A Jones"), null, Nurse with { Role = "" }] }),
            "attendees[0].agency", "attendees[0].role", "attendees[0].practitionerId", "attendees[1]", "attendees[2].role");

    [Fact]
    public void Thirty_attendees_are_accepted() =>
        RuleAssert.Accepted(Check(ValidConvening with { Attendees = Many(30) }));

    [Fact]
    public void Over_thirty_attendees_is_refused() =>
        RuleAssert.Refused(Check(ValidConvening with { Attendees = Many(31) }), "attendees");

    // everything at once

    [Fact]
    public void An_empty_convening_names_every_required_field() =>
        RuleAssert.Refused(Check(new ConveneRequest(null, null, null)), "scheduledFor", "chairId", "attendees");

    [Fact]
    public void No_convening_message_quotes_a_submitted_value_back()
    {
        // Ids and roles can identify people; a message must name the field, not echo what was sent.
        var request = new ConveneRequest(
            ScheduledFor: Instant("1999-03-17T08:45:00Z"),
            ChairId: "Quixotic Person",
            Attendees: [new AttendeeRequest("Zebedee council", "Umbral" + new string('u', 100), "Vexatious Person"), null]);

        var errors = Check(request);

        RuleAssert.Refused(errors, "scheduledFor", "chairId", "attendees[0].agency", "attendees[0].role", "attendees[0].practitionerId", "attendees[1]");
        AssertNoMessageContains(errors, "Quixotic", "Zebedee", "Umbral", "Vexatious", "1999", "17/03", "03/17", "08:45");
    }

    private static void AssertNoMessageContains(RequestErrors errors, params string[] values)
    {
        foreach (var message in errors.Values.SelectMany(m => m))
        {
            foreach (var value in values)
                Assert.DoesNotContain(value, message, StringComparison.OrdinalIgnoreCase);
        }
    }
}
