using Macpt.Contracts;
using Macpt.Enquiries.Domain;

namespace Macpt.Enquiries.Apis.Validation;

/// <summary>What recording the child seen and completing an enquiry must carry. Errors name fields, never values.</summary>
public static class Section47Rules
{
    public const int MaxTextLength = 10_000;

    public static Dictionary<string, string[]> Check(ChildSeenRequest r, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.SeenOn is not { } seenOn) errors["seenOn"] = ["The date the child was seen is required."];
        else if (seenOn > today) errors["seenOn"] = ["The date seen is in the future."];
        if (r.SeenAlone is null) errors["seenAlone"] = ["Whether the child was seen alone is required."];
        if (string.IsNullOrWhiteSpace(r.ChildsWords)) errors["childsWords"] = ["The child's own words and wishes are required (or why they could not give them)."];
        else if (r.ChildsWords.Length > MaxTextLength) errors["childsWords"] = [$"This is longer than {MaxTextLength} characters."];
        if (r.OthersSeen is { Length: > 2000 }) errors["othersSeen"] = ["This is longer than 2000 characters."];
        if (!PractitionerId.IsValid(r.RecordedBy)) errors["recordedBy"] = ["The practitioner's id is required (letters, digits, - _ .)."];
        return errors;
    }

    public static Dictionary<string, string[]> Check(CompleteEnquiryRequest r, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.Outcome is null || !Section47Outcome.All.Contains(r.Outcome))
            errors["outcome"] = [$"The outcome must be one of: {string.Join(", ", Section47Outcome.All)}."];
        if (string.IsNullOrWhiteSpace(r.Reasons)) errors["reasons"] = ["The reasons for the outcome are required."];
        else if (r.Reasons.Length > MaxTextLength) errors["reasons"] = [$"The reasons are longer than {MaxTextLength} characters."];
        if (r.CompletedOn is not { } completedOn) errors["completedOn"] = ["The date completed is required."];
        else if (completedOn > today) errors["completedOn"] = ["The date completed is in the future."];
        if (r.NotSeenReason is { Length: > 2000 }) errors["notSeenReason"] = ["This is longer than 2000 characters."];
        if (!PractitionerId.IsValid(r.RecordedBy)) errors["recordedBy"] = ["The practitioner's id is required (letters, digits, - _ .)."];
        return errors;
    }
}
