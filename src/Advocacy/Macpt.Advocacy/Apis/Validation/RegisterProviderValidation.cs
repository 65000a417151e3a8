using Macpt.Advocacy.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Advocacy.Apis.Validation;

/// <summary>A provider is a named voluntary or community organisation.</summary>
public static class RegisterProviderValidation
{
    public const int MaxNameLength = 200;

    public static RequestErrors Check(RegisterProviderRequest r)
    {
        var errors = new RequestErrors();
        errors.Text("name", r.Name, MaxNameLength);
        errors.OneOf("kind", r.Kind, ProviderKinds.All);
        return errors;
    }
}
