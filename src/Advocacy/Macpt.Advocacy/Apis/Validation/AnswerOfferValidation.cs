using Macpt.Advocacy.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Advocacy.Apis.Validation;

/// <summary>An answer is accepted or declined, dated today or before.</summary>
public static class AnswerOfferValidation
{
    public static RequestErrors Check(AnswerOfferRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.OneOf("answer", r.Answer, OfferAnswers.All);
        errors.PastDate("answeredOn", r.AnsweredOn, today);
        return errors;
    }
}
