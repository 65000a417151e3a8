using Macpt.ServiceDefaults.Validation;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>
/// What a family plan must carry (400 when not). A plan has at least one safeguard, and each safeguard says
/// what is done, who does it, when, and what happens if it fails.
/// </summary>
public static class AgreePlanValidation
{
    public static RequestErrors Check(PlanRequest r)
    {
        var errors = new RequestErrors();
        errors.Required("agreedOn", r.AgreedOn);
        if (errors.List("safeguards", r.Safeguards, FieldLimits.Safeguards))
        {
            if (r.Safeguards!.Count == 0) errors.Add("safeguards", RequestErrors.Messages.Required);
            for (var i = 0; i < r.Safeguards.Count; i++)
            {
                var (at, s) = ($"safeguards[{i}]", r.Safeguards[i]!);
                errors.Text($"{at}.action", s.Action, FieldLimits.SafeguardTextLength);
                errors.Text($"{at}.responsible", s.Responsible, FieldLimits.NameLength);
                errors.Text($"{at}.when", s.When, FieldLimits.SafeguardTextLength);
                errors.Text($"{at}.contingency", s.Contingency, FieldLimits.SafeguardTextLength);
            }
        }
        errors.Required("localAuthorityAgrees", r.LocalAuthorityAgrees);
        errors.Required("reviewDue", r.ReviewDue);
        return errors;
    }
}
