using Macpt.Contracts;
using Macpt.Enquiries.Domain.Timescales;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Enquiries.Apis.Validation;

public static class ListAgencyChecksValidation
{
    public static RequestErrors Check(AgencyCheckQuery q, PageQuery page)
    {
        var errors = new RequestErrors();
        errors.OptionalOneOf("agency", q.Agency, Agencies.Checks);
        errors.OptionalOneOf("service", q.Service, Agencies.HealthServices.All);
        errors.OptionalOneOf("status", q.Status, AgencyCheckTimeliness.Statuses);
        page.Check(errors);
        return errors;
    }
}
