using Macpt.Contracts;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Referrals.Apis.Validation;

/// <summary>
/// What a consultation request must carry: a consulting agency, the practitioner's id and the question. The child
/// may be anonymous, so each of its details is optional. Errors name fields, never values.
/// </summary>
public static class RequestConsultationValidation
{
    public const int MaxQuestionLength = 10_000;
    public const int MaxContactLength = 200;
    public const int MaxNameLength = 100;

    public static RequestErrors Check(RequestConsultationRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.OneOf("requesterAgency", r.RequesterAgency, Agencies.Consulting);
        errors.Practitioner("requesterId", r.RequesterId);
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
