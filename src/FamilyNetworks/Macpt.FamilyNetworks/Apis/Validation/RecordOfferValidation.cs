using Macpt.FamilyNetworks.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>What an offer of a meeting must carry: to whom (at least one person, each saying whether they hold parental responsibility) and when (400 when not); who offered it is the caller.</summary>
public static class RecordOfferValidation
{
    public static RequestErrors Check(OfferRequest r)
    {
        var errors = new RequestErrors();
        if (errors.List("offeredTo", r.OfferedTo, FieldLimits.OfferedTo))
        {
            if (r.OfferedTo!.Count == 0) errors.Add("offeredTo", RequestErrors.Messages.Required);
            for (var i = 0; i < r.OfferedTo.Count; i++)
            {
                errors.Text($"offeredTo[{i}].name", r.OfferedTo[i]!.Name, FieldLimits.NameLength);
                errors.OneOf($"offeredTo[{i}].relationship", r.OfferedTo[i]!.Relationship, OfferedRelationships.All);
                errors.Required($"offeredTo[{i}].parentalResponsibility", r.OfferedTo[i]!.ParentalResponsibility);
            }
        }
        errors.Required("offeredOn", r.OfferedOn);
        return errors;
    }
}
