using Macpt.FamilyNetworks.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>What a person's answer must carry: who answers (a person offered), a declined answer the family's reason, an accepted one none (400 when not).</summary>
public static class RecordAnswerValidation
{
    public static RequestErrors Check(AnswerRequest r)
    {
        var errors = new RequestErrors();
        errors.Required("personId", r.PersonId);
        errors.OneOf("answer", r.Answer, FamilyAnswers.All);
        errors.Required("answeredOn", r.AnsweredOn);
        if (r.Answer == FamilyAnswers.Declined) errors.Text("declineReason", r.DeclineReason, FieldLimits.TextLength);
        else if (r.Answer == FamilyAnswers.Accepted && r.DeclineReason is not null)
            errors.Add("declineReason", "A reason for declining is given only with a declined answer.");
        return errors;
    }
}
