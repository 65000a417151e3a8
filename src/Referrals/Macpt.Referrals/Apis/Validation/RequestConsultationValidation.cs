using Macpt.Contracts;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Referrals.Apis.Validation;

/// <summary>
/// What a consultation request must carry: the question, and, from a local authority caller, which consulting
/// agency asks (a partner asks as its own agency: it may leave it out, and may not name another). The practitioner
/// is the token's actor. The child may be anonymous, so each of its details is optional. Errors name fields, never values.
/// </summary>
public static class RequestConsultationValidation
{
    public const int MaxQuestionLength = 10_000;
    public const int MaxContactLength = 200;
    public const int MaxNameLength = 100;

    public static RequestErrors Check(RequestConsultationRequest r, DateOnly today, string callerAgency = Agencies.LocalAuthority)
    {
        var errors = new RequestErrors();
        if (callerAgency == Agencies.LocalAuthority) errors.OneOf("requesterAgency", r.RequesterAgency, Agencies.Consulting);
        else if (r.RequesterAgency is not null && r.RequesterAgency != callerAgency)
            errors.Add("requesterAgency", "A partner agency consults as itself: leave requesterAgency out or give your own agency.");
        errors.OptionalText("requesterContact", r.RequesterContact, MaxContactLength);
        errors.Text("question", r.Question, MaxQuestionLength);
        if (r.Child is { } child)
        {
            if (child.LaChildId is not null) errors.LaChild("child.laChildId", child.LaChildId);
            errors.OptionalText("child.firstName", child.FirstName, MaxNameLength);
            errors.OptionalText("child.lastName", child.LastName, MaxNameLength);
            errors.OptionalPastDate("child.dateOfBirth", child.DateOfBirth, today);
        }
        return errors;
    }
}
