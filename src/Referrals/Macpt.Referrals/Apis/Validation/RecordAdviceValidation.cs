using Macpt.ServiceDefaults.Validation;

namespace Macpt.Referrals.Apis.Validation;

/// <summary>What a consultation's advice must carry: the advice and the giving LCPP's id.</summary>
public static class RecordAdviceValidation
{
    public const int MaxAdviceLength = 10_000;

    public static RequestErrors Check(RecordAdviceRequest r)
    {
        var errors = new RequestErrors();
        errors.Text("advice", r.Advice, MaxAdviceLength);
        errors.Practitioner("givenBy", r.GivenBy);
        return errors;
    }
}
