using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// Once a parent's advocacy has ended (consent withdrawn, the advocacy closed), that advocate is not invited to
/// the child's conferences again, by hand or by a late allocation (the parent's choice stands; see the advocacy
/// service). <paramref name="endedAdvocateIds"/> are the advocates whose advocacy for the child has ended.
/// </summary>
public sealed class EndedAdvocacyIsNotReinvited(IReadOnlyList<Invitee> invitees, IReadOnlySet<string> endedAdvocateIds) : IBusinessRule
{
    private int Reinvited => invitees.ToList().FindIndex(i => i.Kind == InviteeKinds.Advocate && endedAdvocateIds.Contains(i.PersonId));

    public bool IsBroken() => Reinvited >= 0;
    public string Field => $"invitees[{Math.Max(Reinvited, 0)}].personId";
    public string Message => "This advocate's advocacy for the child's parent has ended: they are not invited again.";
    public RuleKind Kind => RuleKind.Unprocessable;
}
