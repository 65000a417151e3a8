using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>The plans list's filters name known codes, and its page is in range (400 when not).</summary>
public static class ListFamilyPlansValidation
{
    public static RequestErrors Check(FamilyPlansQuery q, PageQuery page)
    {
        var errors = new RequestErrors();
        errors.OptionalOneOf("status", q.Status, FamilyPlansQuery.Statuses);
        errors.OptionalOneOf("reviewDue", q.ReviewDue, [FamilyPlansQuery.ReviewDueTodayOrPast]);
        page.Check(errors);
        return errors;
    }
}
