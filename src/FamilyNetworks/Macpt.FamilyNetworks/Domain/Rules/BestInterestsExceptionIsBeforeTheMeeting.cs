namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// The local authority need not offer, or hold, a family group decision-making meeting where it decides the meeting would
/// not be in the child's best interests (Children Act 1989 s.31ZA, inserted by the Children's Wellbeing and Schools Act
/// 2026 s.1): the decision is recorded once, with its reason and who decided, and only while the meeting has not been held.
/// </summary>
public sealed class BestInterestsExceptionIsBeforeTheMeeting(FamilyNetworkMeetingRequest request) : BusinessRule("decidedOn", RuleKind.Conflict)
{
    public override bool IsBroken() => request.Meeting is not null || request.Status == RequestStatus.Declined;
    public override string Message => "The meeting has been held or declined by everyone offered: there is no meeting left to decide against.";
}
