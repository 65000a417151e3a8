using Macpt.Contracts;
using Macpt.Contracts.Enquiries;

namespace Macpt.Enquiries.Apis.Validation;

/// <summary>What requesting and answering an agency check must carry. Errors name fields, never values.</summary>
public static class AgencyCheckRules
{
    public const int MaxTextLength = 10_000;

    public static Dictionary<string, string[]> Check(RequestAgencyCheckRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.Agency is null || !AgencyCheckAgencies.All.Contains(r.Agency))
            errors["agency"] = [$"The agency must be one of: {string.Join(", ", AgencyCheckAgencies.All)}."];
        Text(r.Question, "question", "What the agency is asked is required.", errors);
        Id(r.RequestedBy, "requestedBy", errors);
        return errors;
    }

    public static Dictionary<string, string[]> Check(AnswerAgencyCheckRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        Text(r.Answer, "answer", "The agency's answer is required.", errors);
        Id(r.AnsweredBy, "answeredBy", errors);
        return errors;
    }

    private static void Text(string? text, string field, string required, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) errors[field] = [required];
        else if (text.Length > MaxTextLength) errors[field] = [$"The {field} is longer than {MaxTextLength} characters."];
    }

    private static void Id(string? id, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(id)) errors[field] = ["The practitioner's id is required."];
        else if (!PractitionerId.IsValid(id)) errors[field] = ["The practitioner's id must be a short id (letters, digits, - _ .)."];
    }
}
