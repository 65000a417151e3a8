namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// The core group includes the Family Help lead practitioner as key worker and the allocated LCPP
/// (Families First: the LCPP co-works with the family's Family Help practitioner). Exactly one key worker.
/// </summary>
public static class CoreGroupComposition
{
    public static IReadOnlyList<string> MissingFrom(IReadOnlyList<CoreGroupMember> members, string allocatedLcppId)
    {
        var missing = new List<string>();
        var keyWorkers = members.Where(m => m.KeyWorker).ToList();
        if (keyWorkers.Count != 1 || keyWorkers[0].Agency != Agencies.FamilyHelp || keyWorkers[0].Role != CoreGroupRoles.FamilyHelpLead)
            missing.Add("one key worker, the Family Help lead practitioner");
        if (!members.Any(m => m.Role == CoreGroupRoles.Lcpp && string.Equals(m.PractitionerId, allocatedLcppId, StringComparison.OrdinalIgnoreCase)))
            missing.Add("the allocated LCPP");
        return missing;
    }
}
