using Macpt.ServiceDefaults.Validation;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>What the letter before proceedings must carry: when it was sent and whether it stated the FGDM offer (400 when not).</summary>
public static class RecordLetterBeforeProceedingsValidation
{
    public static RequestErrors Check(LetterBeforeProceedingsRequest r)
    {
        var errors = new RequestErrors();
        errors.Required("sentOn", r.SentOn);
        errors.Required("familyGroupDecisionMakingOffered", r.FamilyGroupDecisionMakingOffered);
        return errors;
    }
}
