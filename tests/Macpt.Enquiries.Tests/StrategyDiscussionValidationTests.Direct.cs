using Macpt.Enquiries.Apis;
using Macpt.Enquiries.Apis.Validation;
using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Timescales;
using Macpt.WorkingDays;

namespace Macpt.Enquiries.Tests;

/// <summary>A discussion convened directly by an LCPP, and siblings convened together.</summary>
public sealed class StrategyDiscussionDirectValidationTests
{
    private static NewStrategyDiscussionRequest Valid() => new("C1234", null, "standard", "New disclosure at school.");

    [Fact]
    public void A_complete_request_is_accepted() => RuleAssert.Accepted(NewStrategyDiscussionValidation.Check(Valid()));

    [Fact]
    public void Each_missing_part_is_named() =>
        RuleAssert.Refused(NewStrategyDiscussionValidation.Check(new NewStrategyDiscussionRequest(null, Guid.Empty, null, null)),
            "laChildId", "referralId", "urgency", "concern");

    [Theory]
    [InlineData("C-12")]
    [InlineData("123456789012345678901")]
    public void A_child_id_outside_the_census_rules_is_refused(string id) =>
        RuleAssert.Refused(NewStrategyDiscussionValidation.Check(Valid() with { LaChildId = id }), "laChildId");

    [Fact]
    public void Urgency_is_immediate_or_standard() =>
        RuleAssert.Refused(NewStrategyDiscussionValidation.Check(Valid() with { Urgency = "urgent" }), "urgency");

    [Fact]
    public void Siblings_to_convene_together_are_distinct_and_at_most_ten()
    {
        var attendees = new List<AttendeeRequest?> { new("local-authority", "LCPP", "lcpp-1") };
        var at = Instant("2026-12-01T10:00:00Z");
        var a = Guid.NewGuid();
        RuleAssert.Accepted(ConveneValidation.Check(Guid.NewGuid(), new ConveneRequest(at, "lcpp-1", attendees, [a]), at));
        RuleAssert.Refused(ConveneValidation.Check(Guid.NewGuid(), new ConveneRequest(at, "lcpp-1", attendees, [a, a]), at), "discussedWith");
        RuleAssert.Refused(ConveneValidation.Check(Guid.NewGuid(), new ConveneRequest(at, "lcpp-1", attendees, [Guid.Empty]), at), "discussedWith");
        RuleAssert.Refused(ConveneValidation.Check(Guid.NewGuid(), new ConveneRequest(at, "lcpp-1", attendees, Enumerable.Range(0, 11).Select(_ => Guid.NewGuid()).ToList()), at), "discussedWith");
    }

    [Fact]
    public void A_discussion_is_not_discussed_with_itself()
    {
        var id = Guid.NewGuid();
        var at = Instant("2026-12-01T10:00:00Z");
        RuleAssert.Refused(ConveneValidation.Check(id, new ConveneRequest(at, "lcpp-1", [new AttendeeRequest("local-authority", "LCPP", null)], [id]), at), "discussedWith");
    }

    [Theory]
    [InlineData("immediate", "2026-12-24T16:00:00Z", "2026-12-24")]
    [InlineData("standard", "2026-12-24T16:00:00Z", "2026-12-29")] // 25, 26 Dec (and the weekend) skipped
    [InlineData("standard", "2026-06-30T23:30:00Z", "2026-07-02")] // 00:30 on 1 July in London
    public void A_direct_discussion_is_due_by_its_urgency(string urgency, string requestedAt, string due) =>
        Assert.Equal(D(due), StrategyDiscussionDue.ForUrgency(urgency, Instant(requestedAt), new StrategyDiscussionTargets(), new WorkingDayCalendar()));
}
