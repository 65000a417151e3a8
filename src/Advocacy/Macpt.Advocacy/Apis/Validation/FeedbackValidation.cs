using Macpt.Advocacy.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Advocacy.Apis.Validation;

/// <summary>Feedback is on a known stage, a score from 1 to 5, an optional short comment, dated today or before.</summary>
public static class FeedbackValidation
{
    public static RequestErrors Check(FeedbackRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.OneOf("stage", r.Stage, GuideStages.All);
        errors.Range("score", r.Score, StageFeedback.LowestScore, StageFeedback.HighestScore);
        errors.OptionalText("comment", r.Comment, StageFeedback.MaxCommentLength);
        errors.PastDate("givenOn", r.GivenOn, today);
        return errors;
    }
}
