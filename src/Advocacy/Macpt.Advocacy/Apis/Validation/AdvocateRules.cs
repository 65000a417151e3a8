using Macpt.Advocacy.Domain;

namespace Macpt.Advocacy.Apis.Validation;

/// <summary>What registering a provider or an advocate, changing capacity and recording a departure must carry.</summary>
public static class AdvocateRules
{
    public const int MaxCapacity = 50;
    public const int MaxLanguages = 20;

    public static Dictionary<string, string[]> Check(RegisterProviderRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        Fields.Required(r.Name, 200, "name", "The organisation's name", errors);
        Fields.OneOf(r.Kind, ProviderKinds.All, "kind", errors);
        Fields.Practitioner(r.RecordedBy, "recordedBy", errors);
        return errors;
    }

    public static Dictionary<string, string[]> Check(RegisterAdvocateRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        Fields.Required(r.Name, 200, "name", "The advocate's name", errors);
        if (r.LivedExperience is null) errors["livedExperience"] = ["Whether the advocate has lived experience of the child protection system is required."];
        if (r.Languages is not { Count: > 0 }) errors["languages"] = ["At least one language is required."];
        else if (r.Languages.Count > MaxLanguages) errors["languages"] = [$"At most {MaxLanguages} languages."];
        else
            for (var i = 0; i < r.Languages.Count; i++)
                if (!LanguageCode.IsValid(r.Languages[i])) errors[$"languages[{i}]"] = ["A language is an ISO 639 code (en, cy, pl, ur…)."];
        CheckCapacity(r.Capacity, errors);
        Fields.Practitioner(r.RecordedBy, "recordedBy", errors);
        return errors;
    }

    public static Dictionary<string, string[]> Check(CapacityRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        CheckCapacity(r.Capacity, errors);
        Fields.Practitioner(r.RecordedBy, "recordedBy", errors);
        return errors;
    }

    public static Dictionary<string, string[]> Check(AdvocateLeftRequest r, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        Fields.NotFuture(r.LeftOn, today, "leftOn", "The date the advocate left", errors);
        Fields.Practitioner(r.RecordedBy, "recordedBy", errors);
        return errors;
    }

    private static void CheckCapacity(int? capacity, Dictionary<string, string[]> errors)
    {
        if (capacity is not { } c) errors["capacity"] = ["The number of parents the advocate can support at once is required."];
        else if (c is < 0 or > MaxCapacity) errors["capacity"] = [$"The capacity is from 0 to {MaxCapacity} parents."];
    }
}
