using Macpt.Contracts;
using Macpt.Contracts.Cin;
using Macpt.Referrals.Domain;

namespace Macpt.Referrals.Apis.Validation;

/// <summary>What a consultation request and its advice must carry. Errors name fields, never values.</summary>
public static class ConsultationRules
{
    public const int MaxTextLength = 10_000;
    public const int MaxIdLength = PractitionerId.MaxLength;

    public static Dictionary<string, string[]> Check(RequestConsultationRequest r, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.RequesterAgency)) errors["requesterAgency"] = ["The requesting agency is required."];
        else if (!ConsultingAgencies.All.Contains(r.RequesterAgency))
            errors["requesterAgency"] = [$"The requesting agency must be one of: {string.Join(", ", ConsultingAgencies.All)}."];
        CheckId(r.RequesterId, "requesterId", errors);
        if (r.RequesterContact is { Length: > 200 }) errors["requesterContact"] = ["The contact is longer than 200 characters."];
        if (string.IsNullOrWhiteSpace(r.Question)) errors["question"] = ["The question for the MACPT is required."];
        else if (r.Question.Length > MaxTextLength) errors["question"] = [$"The question is longer than {MaxTextLength} characters."];
        if (r.Child is { } child)
        {
            if (child.LaChildId is not null && !LaChildId.IsValid(child.LaChildId))
                errors["child.laChildId"] = [$"The local authority child id must be 1 to {LaChildId.MaxLength} letters or digits."];
            if (child.FirstName is { Length: > 100 }) errors["child.firstName"] = ["The name is longer than 100 characters."];
            if (child.LastName is { Length: > 100 }) errors["child.lastName"] = ["The name is longer than 100 characters."];
            if (child.DateOfBirth > today) errors["child.dateOfBirth"] = ["The date of birth is in the future."];
        }
        return errors;
    }

    public static Dictionary<string, string[]> Check(RecordAdviceRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.Advice)) errors["advice"] = ["The advice given is required."];
        else if (r.Advice.Length > MaxTextLength) errors["advice"] = [$"The advice is longer than {MaxTextLength} characters."];
        CheckId(r.GivenBy, "givenBy", errors);
        return errors;
    }

    private static void CheckId(string? id, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(id)) errors[field] = ["The practitioner's id is required."];
        else if (!PractitionerId.IsValid(id))
            errors[field] = ["The practitioner's id must be a short id (letters, digits, - _ .)."];
    }
}
