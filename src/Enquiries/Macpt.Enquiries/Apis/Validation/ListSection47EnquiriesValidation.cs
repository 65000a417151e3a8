using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Enquiries.Apis.Validation;

public static class ListSection47EnquiriesValidation
{
    public static RequestErrors Check(Section47EnquiryQuery q, PageQuery page)
    {
        var errors = new RequestErrors();
        errors.OptionalOneOf("icpcTarget", q.IcpcTarget, Section47EnquiryQuery.IcpcTargets);
        page.Check(errors);
        return errors;
    }
}
