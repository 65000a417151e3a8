using Macpt.Contracts;
using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// The core group includes the Family Help lead practitioner as its one key worker and the allocated LCPP
/// (Working Together 2023, ch. 4; Families First: the LCPP co-works with the family's Family Help practitioner).
/// The message names what is missing.
/// </summary>
public sealed class CoreGroupHasKeyWorkerAndLcpp(IReadOnlyList<CoreGroupMember> members, string? allocatedLcppId) : IBusinessRule
{
    private IReadOnlyList<string> Missing
    {
        get
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

    public bool IsBroken() => Missing.Count > 0;
    public string Field => "plan.coreGroup";
    public string Message => Missing.Count == 0
        ? "The core group includes the Family Help lead practitioner as key worker and the allocated LCPP."
        : $"The core group needs {string.Join(" and ", Missing)}.";
    public RuleKind Kind => RuleKind.Unprocessable;
}
