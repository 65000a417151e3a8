using Macpt.ServiceDefaults.Validation;

namespace Macpt.Conferences.Apis.Validation;

/// <summary>The shape of distributing a record: the recipients' ids, each once, and the date it went out.</summary>
public static class DistributeRecordValidation
{
    public static RequestErrors Check(DistributeRecordRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.Practitioners("distributedTo", r.DistributedTo, RequestErrorsLists.MaxPeople);
        errors.PastDate("distributedOn", r.DistributedOn, today);
        return errors;
    }
}
