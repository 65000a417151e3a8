using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// A change of the people around a plan keeps the core group whole (Working Together 2023, ch. 4: the core group has
/// its key worker, the Family Help lead practitioner, and the allocated LCPP): a new LCPP or key worker replaces the
/// one allocated (never an LCPP or key worker left out), a member joins once, and only a member who holds neither role
/// leaves (the roles change hands instead). The message names what is wrong.
/// </summary>
public sealed class PeopleChangeFitsTheCoreGroup(IReadOnlyList<CoreGroupMember> coreGroup, string currentLcppId, string change, string? practitionerId)
    : IBusinessRule
{
    private string? Problem
    {
        get
        {
            var member = coreGroup.FirstOrDefault(m => string.Equals(m.PractitionerId, practitionerId, StringComparison.OrdinalIgnoreCase));
            return change switch
            {
                PlanPeopleChanges.Lcpp when string.Equals(practitionerId, currentLcppId, StringComparison.OrdinalIgnoreCase) => "This practitioner is already the allocated LCPP.",
                PlanPeopleChanges.KeyWorker when member is { KeyWorker: true } => "This practitioner is already the key worker.",
                PlanPeopleChanges.KeyWorker when !coreGroup.Any(m => m.KeyWorker) => "The core group has no key worker to replace.",
                PlanPeopleChanges.MemberJoined when member is not null => "This practitioner is already in the core group.",
                PlanPeopleChanges.MemberLeft when member is null => "This practitioner is not in the core group.",
                PlanPeopleChanges.MemberLeft when member.KeyWorker || member.Role == CoreGroupRoles.Lcpp
                    => "The key worker and the LCPP do not leave the core group: change who holds the role instead.",
                _ => null,
            };
        }
    }

    public bool IsBroken() => Problem is not null;
    public string Field => "practitionerId";
    public string Message => Problem ?? "The change keeps the core group's key worker and allocated LCPP.";
    public RuleKind Kind => RuleKind.Unprocessable;
}
