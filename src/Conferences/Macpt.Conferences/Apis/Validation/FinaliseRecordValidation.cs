using Macpt.ServiceDefaults.Validation;

namespace Macpt.Conferences.Apis.Validation;

/// <summary>The shape of finalising a record; that the caller is the chair, and when, are the conference's rules.</summary>
public static class FinaliseRecordValidation
{
    public static RequestErrors Check(FinaliseRecordRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.PastDate("finalisedOn", r.FinalisedOn, today);
        return errors;
    }
}
