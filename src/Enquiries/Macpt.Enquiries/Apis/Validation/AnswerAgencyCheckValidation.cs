using Macpt.ServiceDefaults.Validation;

namespace Macpt.Enquiries.Apis.Validation;

/// <summary>An agency's answer: its text (who gave it is the token's actor).</summary>
public static class AnswerAgencyCheckValidation
{
    public static RequestErrors Check(AnswerAgencyCheckRequest r)
    {
        var errors = new RequestErrors();
        errors.Text("answer", r.Answer, Limits.Text);
        return errors;
    }
}
