using Macpt.ServiceDefaults.Validation;

namespace Macpt.Referrals.Apis.Validation;

/// <summary>What a consultation's advice must carry: the advice (the LCPP giving it is the token's actor).</summary>
public static class RecordAdviceValidation
{
    public const int MaxAdviceLength = 10_000;

    public static RequestErrors Check(RecordAdviceRequest r)
    {
        var errors = new RequestErrors();
        errors.Text("advice", r.Advice, MaxAdviceLength);
        return errors;
    }
}
