using Macpt.Contracts;
using Macpt.Contracts.Referrals;


namespace Macpt.Referrals.Apis.Validation;

/// <summary>What a decision must carry: a known type, the reasons, and the deciding LCPP's id.</summary>
public static class DecisionRules
{
    public const int MaxReasonLength = 10_000;
    public const int MaxPractitionerIdLength = PractitionerId.MaxLength;

    public static Dictionary<string, string[]> Check(DecideReferralRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Decision)) errors["decision"] = ["The decision is required."];
        else if (!ReferralDecisionTypes.All.Contains(request.Decision))
            errors["decision"] = [$"The decision must be one of: {string.Join(", ", ReferralDecisionTypes.All)}."];

        if (string.IsNullOrWhiteSpace(request.Reason)) errors["reason"] = ["The reasons for the decision are required."];
        else if (request.Reason.Length > MaxReasonLength) errors["reason"] = [$"The reasons are longer than {MaxReasonLength} characters."];

        if (string.IsNullOrWhiteSpace(request.DecidedBy)) errors["decidedBy"] = ["The deciding practitioner's id is required."];
        else if (!PractitionerId.IsValid(request.DecidedBy))
            errors["decidedBy"] = ["The deciding practitioner's id must be a short id (letters, digits, - _ .)."];
        return errors;
    }
}
