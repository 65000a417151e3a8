using Macpt.Advocacy.Apis;
using Macpt.Advocacy.Apis.Validation;

namespace Macpt.Advocacy.Tests;

/// <summary>Answers, allocations, feedback and attendance: each refusal names the field.</summary>
public sealed class OfferValidationTests
{
    private static readonly DateOnly Today = D("2026-03-10");

    [Fact]
    public void An_answer_is_accepted_or_declined_dated_today_or_before()
    {
        RuleAssert.Accepted(AnswerOfferValidation.Check(new AnswerOfferRequest("accepted", Today), Today));
        RuleAssert.Refused(AnswerOfferValidation.Check(new AnswerOfferRequest("maybe", Today.AddDays(1)), Today), "answer", "answeredOn");
    }

    [Fact]
    public void An_allocation_names_the_advocate()
    {
        RuleAssert.Accepted(AllocateValidation.Check(new AllocateRequest(Guid.NewGuid())));
        RuleAssert.Refused(AllocateValidation.Check(new AllocateRequest(Guid.Empty)), "advocateId");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_score_is_from_one_to_five(int score) =>
        RuleAssert.Refused(FeedbackValidation.Check(new FeedbackRequest("conference", score, null, Today), Today), "score");

    [Fact]
    public void Feedback_needs_a_known_stage_and_a_short_comment()
    {
        RuleAssert.Accepted(FeedbackValidation.Check(new FeedbackRequest("strategy-discussion", 4, "Clear.", Today), Today));
        RuleAssert.Refused(FeedbackValidation.Check(new FeedbackRequest("court", 3, new string('x', 2001), Today), Today), "stage", "comment");
    }

    [Fact]
    public void Attendance_is_at_a_known_meeting_on_a_past_date()
    {
        RuleAssert.Accepted(AttendanceValidation.Check(new AttendanceRequest("core-group", Today, null, true), Today));
        RuleAssert.Refused(AttendanceValidation.Check(new AttendanceRequest("tea", Today.AddDays(1), Guid.Empty, null), Today),
            "meeting", "meetingOn", "meetingId", "attended");
    }
}
