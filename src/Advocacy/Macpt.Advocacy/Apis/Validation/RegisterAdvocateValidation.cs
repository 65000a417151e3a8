using Macpt.ServiceDefaults.Validation;

namespace Macpt.Advocacy.Apis.Validation;

/// <summary>An advocate: name, lived experience, the languages they speak and how many parents they can support at once.</summary>
public static class RegisterAdvocateValidation
{
    public const int MaxNameLength = 200;
    public const int MaxLanguages = 20;

    public static RequestErrors Check(RegisterAdvocateRequest r)
    {
        var errors = new RequestErrors();
        errors.Text("name", r.Name, MaxNameLength);
        errors.Required("livedExperience", r.LivedExperience);
        if (r.Languages is not { Count: > 0 } languages) errors.Add("languages", RequestErrors.Messages.Required);
        else if (languages.Count > MaxLanguages) errors.Add("languages", RequestErrors.Messages.TooMany(MaxLanguages));
        else
            for (var i = 0; i < languages.Count; i++) LanguageCode.Check(errors, $"languages[{i}]", languages[i]);
        CapacityValidation.CheckCapacity(errors, r.Capacity);
        return errors;
    }
}
