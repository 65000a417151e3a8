using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Enquiries.Apis.Validation;

public static class ListStrategyDiscussionsValidation
{
    public static RequestErrors Check(StrategyDiscussionQuery q, PageQuery page)
    {
        var errors = new RequestErrors();
        errors.OptionalOneOf("status", q.Status, StrategyDiscussionQuery.Statuses);
        errors.OptionalOneOf("due", q.Due, StrategyDiscussionQuery.Dues);
        page.Check(errors);
        return errors;
    }
}
