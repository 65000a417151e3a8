using Macpt.Advocacy.Domain;
using Macpt.Contracts.Cin;

namespace Macpt.Advocacy.Apis.Validation;

/// <summary>What registering a parent, recording a conflict between parents and sending a guide must carry.</summary>
public static class ParentRules
{
    public const int MaxNameLength = 200;

    public static Dictionary<string, string[]> Check(RegisterParentRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (!LaChildId.IsValid(r.LaChildId)) errors["laChildId"] = [$"The child's LA id is required: letters and digits, at most {LaChildId.MaxLength}."];
        Fields.Required(r.Name, MaxNameLength, "name", "The parent's name", errors);
        Fields.OneOf(r.Relationship, Relationships.All, "relationship", errors);
        if (!LanguageCode.IsValid(r.Language)) errors["language"] = ["The preferred language is required as an ISO 639 code (en, cy, pl, ur…)."];
        if (r.ContactPreferences is not { Count: > 0 }) errors["contactPreferences"] = ["At least one way of contacting the parent is required."];
        else
        {
            for (var i = 0; i < r.ContactPreferences.Count; i++)
                Fields.OneOf(r.ContactPreferences[i], ContactChannels.All, $"contactPreferences[{i}]", errors);
            if (r.ContactPreferences.Distinct().Count() != r.ContactPreferences.Count) errors["contactPreferences"] = ["A way of contacting is listed twice."];
        }
        Fields.Optional(r.Phone, 40, "phone", errors);
        Fields.Optional(r.Address, 500, "address", errors);
        if (r.Email is not null && (r.Email.Length > 254 || !r.Email.Contains('@'))) errors["email"] = ["The email address is not valid."];
        // A preference for a channel needs the details to use it.
        var prefs = r.ContactPreferences ?? [];
        if ((prefs.Contains(ContactChannels.Phone) || prefs.Contains(ContactChannels.Text)) && string.IsNullOrWhiteSpace(r.Phone) && !errors.ContainsKey("phone"))
            errors["phone"] = ["A phone number is required for phone or text contact."];
        if (prefs.Contains(ContactChannels.Email) && string.IsNullOrWhiteSpace(r.Email) && !errors.ContainsKey("email"))
            errors["email"] = ["An email address is required for email contact."];
        if (prefs.Contains(ContactChannels.Post) && string.IsNullOrWhiteSpace(r.Address) && !errors.ContainsKey("address"))
            errors["address"] = ["An address is required for contact by post."];
        Fields.Practitioner(r.RegisteredBy, "registeredBy", errors);
        return errors;
    }

    public static Dictionary<string, string[]> Check(RecordConflictRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.FirstParentId is null || r.FirstParentId == Guid.Empty) errors["firstParentId"] = ["The first parent's id is required."];
        if (r.SecondParentId is null || r.SecondParentId == Guid.Empty) errors["secondParentId"] = ["The second parent's id is required."];
        else if (r.SecondParentId == r.FirstParentId) errors["secondParentId"] = ["A conflict is between two different parents."];
        Fields.Practitioner(r.RecordedBy, "recordedBy", errors);
        return errors;
    }

    public static Dictionary<string, string[]> Check(SendGuideRequest r, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        Fields.OneOf(r.Stage, GuideStages.All, "stage", errors);
        if (!LanguageCode.IsValid(r.Language)) errors["language"] = ["The language is required as an ISO 639 code (en, cy, pl, ur…)."];
        Fields.OneOf(r.Channel, ContactChannels.All, "channel", errors);
        Fields.NotFuture(r.SentOn, today, "sentOn", "The date sent", errors);
        Fields.Practitioner(r.SentBy, "sentBy", errors);
        return errors;
    }
}
