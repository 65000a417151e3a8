using Macpt.ServiceDefaults.Validation;

namespace Macpt.Conferences.Apis.Validation;

/// <summary>The shape of a case team: three practitioner ids, the line manager someone other than the social worker.</summary>
public static class CaseTeamValidation
{
    public const string SameAsSocialWorker = "The line manager is someone other than the social worker.";

    public static RequestErrors Check(CaseTeamRequest r)
    {
        var errors = new RequestErrors();
        errors.Practitioner("socialWorkerId", r.SocialWorkerId);
        errors.Practitioner("lineManagerId", r.LineManagerId);
        errors.Practitioner("lcppId", r.LcppId);
        if (errors.IsValid && string.Equals(r.SocialWorkerId, r.LineManagerId, StringComparison.OrdinalIgnoreCase)) errors.Add("lineManagerId", SameAsSocialWorker);
        return errors;
    }
}
