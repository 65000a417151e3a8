using Macpt.Contracts;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Enquiries.Apis.Validation;

/// <summary>
/// A check asks an agency (police, health, education, probation, youth justice, housing) a question; a health check names
/// its service (GP, health visitor, school nurse, CAMHS, midwifery) and no other agency's does. When it is due is a rule
/// of the enquiry.
/// </summary>
public static class RequestAgencyCheckValidation
{
    public static RequestErrors Check(RequestAgencyCheckRequest r)
    {
        var errors = new RequestErrors();
        errors.OneOf("agency", r.Agency, Agencies.Checks);
        if (r.Agency == Agencies.Health) errors.OneOf("service", r.Service, Agencies.HealthServices.All);
        else if (r.Service is not null) errors.Add("service", "Only a health check names a service.");
        errors.Text("question", r.Question, Limits.Text);
        return errors;
    }
}
