using Macpt.Reporting.Domain;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Reporting.Apis.Validation;

/// <summary>The work list's query: <c>due</c> absent or one of <see cref="DueFilter.All"/>, and the page.</summary>
public static class WorkQueryValidation
{
    public static RequestErrors Check(WorkQuery query, PageQuery page)
    {
        var errors = new RequestErrors();
        errors.OptionalOneOf("due", query.Due, DueFilter.All.ToArray());
        page.Check(errors);
        return errors;
    }
}
