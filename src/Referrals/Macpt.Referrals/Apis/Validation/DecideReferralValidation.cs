using Macpt.Contracts.Referrals;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Referrals.Apis.Validation;

/// <summary>What a decision must carry: a known type and the reasons (the deciding LCPP is the token's actor).</summary>
public static class DecideReferralValidation
{
    public const int MaxReasonLength = 10_000;

    public static RequestErrors Check(DecideReferralRequest request)
    {
        var errors = new RequestErrors();
        errors.OneOf("decision", request.Decision, ReferralDecisionTypes.All);
        errors.Text("reason", request.Reason, MaxReasonLength);
        return errors;
    }
}
