using Macpt.Contracts;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Enquiries.Apis.Validation;

/// <summary>A check asks police, health or education a question; when it is due is a rule of the enquiry.</summary>
public static class RequestAgencyCheckValidation
{
    public static RequestErrors Check(RequestAgencyCheckRequest r)
    {
        var errors = new RequestErrors();
        errors.OneOf("agency", r.Agency, Agencies.Partners);
        errors.Text("question", r.Question, Limits.Text);
        return errors;
    }
}
