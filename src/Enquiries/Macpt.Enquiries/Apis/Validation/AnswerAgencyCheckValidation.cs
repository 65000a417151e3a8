using Macpt.ServiceDefaults.Validation;

namespace Macpt.Enquiries.Apis.Validation;

/// <summary>An agency's answer: its text and the id of the practitioner who gave it.</summary>
public static class AnswerAgencyCheckValidation
{
    public static RequestErrors Check(AnswerAgencyCheckRequest r)
    {
        var errors = new RequestErrors();
        errors.Text("answer", r.Answer, Limits.Text);
        errors.Practitioner("answeredBy", r.AnsweredBy);
        return errors;
    }
}
