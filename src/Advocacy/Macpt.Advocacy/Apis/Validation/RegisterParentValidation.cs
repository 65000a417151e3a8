using Macpt.Advocacy.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Advocacy.Apis.Validation;

/// <summary>What registering a parent must carry: who they are, how to reach them, and the details each way of contact needs.</summary>
public static class RegisterParentValidation
{
    public const int MaxNameLength = 200;
    public const int MaxPhoneLength = 40;
    public const int MaxEmailLength = 254;
    public const int MaxAddressLength = 500;
    public const string ContactDetailsMessage = "This is required for the ways of contact asked for.";
    public const string EmailMessage = "This must be an email address.";

    public static RequestErrors Check(RegisterParentRequest r)
    {
        var errors = new RequestErrors();
        errors.LaChild("laChildId", r.LaChildId);
        errors.Text("name", r.Name, MaxNameLength);
        errors.OneOf("relationship", r.Relationship, Relationships.All);
        LanguageCode.Check(errors, "language", r.Language);
        if (r.ContactPreferences is not { Count: > 0 } prefs) errors.Add("contactPreferences", RequestErrors.Messages.Required);
        else
        {
            for (var i = 0; i < prefs.Count; i++) errors.OneOf($"contactPreferences[{i}]", prefs[i], ContactChannels.All);
            if (prefs.Distinct().Count() != prefs.Count) errors.Add("contactPreferences", RequestErrors.Messages.Distinct);
        }
        errors.OptionalText("phone", r.Phone, MaxPhoneLength);
        errors.OptionalText("address", r.Address, MaxAddressLength);
        if (r.Email is not null && (r.Email.Length > MaxEmailLength || !r.Email.Contains('@'))) errors.Add("email", EmailMessage);
        // A preference for a channel needs the details to use it.
        var wanted = r.ContactPreferences ?? [];
        if ((wanted.Contains(ContactChannels.Phone) || wanted.Contains(ContactChannels.Text)) && Given(r.Phone) is null) errors.Add("phone", ContactDetailsMessage);
        if (wanted.Contains(ContactChannels.Email) && Given(r.Email) is null) errors.Add("email", ContactDetailsMessage);
        if (wanted.Contains(ContactChannels.Post) && Given(r.Address) is null) errors.Add("address", ContactDetailsMessage);
        return errors;
    }

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
