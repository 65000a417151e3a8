using Macpt.ServiceDefaults.Validation;

namespace Macpt.Advocacy.Apis.Validation;

/// <summary>A conflict names two different parents.</summary>
public static class RecordConflictValidation
{
    public const string SameParentMessage = "This must be a different parent from firstParentId.";

    public static RequestErrors Check(RecordConflictRequest r)
    {
        var errors = new RequestErrors();
        errors.Id("firstParentId", r.FirstParentId);
        if (errors.Id("secondParentId", r.SecondParentId) && r.SecondParentId == r.FirstParentId) errors.Add("secondParentId", SameParentMessage);
        return errors;
    }
}
