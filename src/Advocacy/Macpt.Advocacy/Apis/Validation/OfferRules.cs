using Macpt.Advocacy.Domain;

namespace Macpt.Advocacy.Apis.Validation;

/// <summary>What answering an offer, withdrawing consent, allocating, feedback and attendance must carry.</summary>
public static class OfferRules
{
    public static Dictionary<string, string[]> Check(AnswerOfferRequest r, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        Fields.OneOf(r.Answer, OfferAnswers.All, "answer", errors);
        Fields.NotFuture(r.AnsweredOn, today, "answeredOn", "The date of the answer", errors);
        Fields.Practitioner(r.RecordedBy, "recordedBy", errors);
        return errors;
    }

    public static Dictionary<string, string[]> Check(WithdrawConsentRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        Fields.Practitioner(r.RecordedBy, "recordedBy", errors);
        return errors;
    }

    public static Dictionary<string, string[]> Check(AllocateRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.AdvocateId is null || r.AdvocateId == Guid.Empty) errors["advocateId"] = ["The advocate's id is required."];
        Fields.Practitioner(r.AllocatedBy, "allocatedBy", errors);
        return errors;
    }

    public static Dictionary<string, string[]> Check(FeedbackRequest r, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        Fields.OneOf(r.Stage, GuideStages.All, "stage", errors);
        if (r.Score is not { } s) errors["score"] = [$"A score from {StageFeedback.LowestScore} to {StageFeedback.HighestScore} is required."];
        else if (s is < StageFeedback.LowestScore or > StageFeedback.HighestScore) errors["score"] = [$"The score is from {StageFeedback.LowestScore} to {StageFeedback.HighestScore}."];
        Fields.Optional(r.Comment, StageFeedback.MaxCommentLength, "comment", errors);
        Fields.NotFuture(r.GivenOn, today, "givenOn", "The date of the feedback", errors);
        return errors;
    }

    public static Dictionary<string, string[]> Check(AttendanceRequest r, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        Fields.OneOf(r.Meeting, Meetings.All, "meeting", errors);
        Fields.NotFuture(r.MeetingOn, today, "meetingOn", "The date of the meeting", errors);
        if (r.MeetingId == Guid.Empty) errors["meetingId"] = ["The meeting's id, when given, is not empty."];
        if (r.Attended is null) errors["attended"] = ["Whether the advocate attended is required."];
        Fields.Practitioner(r.RecordedBy, "recordedBy", errors);
        return errors;
    }
}
