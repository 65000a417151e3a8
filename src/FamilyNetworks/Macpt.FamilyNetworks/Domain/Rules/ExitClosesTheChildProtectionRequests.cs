using Macpt.Contracts.FamilyNetworks;

namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// When the child protection process ends for a child (no conference after a Section 47, no plan at the initial
/// conference, the plan ended: Working Together 2023, ch. 4), the requests it opened and has not yet met on close with it:
/// those at its own stages (strategy discussion, Section 47, pre-conference) for the same referral, or with no referral
/// (an event that carried none). A Family Help request goes on with the family's Family Help (the step-down), and a
/// pre-proceedings request ends with the pre-proceedings (Children Act 1989 s.31ZA), not with the plan. A request
/// met (held), declined or closed already has nothing to close.
/// </summary>
public sealed class ExitClosesTheChildProtectionRequests(FamilyNetworkMeetingRequest request, ProcessExit exit) : BusinessRule("status", RuleKind.Conflict)
{
    public static IReadOnlyList<string> Stages { get; } = [FamilyNetworkStages.StrategyDiscussion, FamilyNetworkStages.Section47, FamilyNetworkStages.PreConference];

    public override bool IsBroken() =>
        request.LaChildId != exit.LaChildId
        || !RequestStatus.Open.Contains(request.Status)
        || !Stages.Contains(request.Stage)
        || (exit.ReferralId is not null && request.ReferralId is not null && request.ReferralId != exit.ReferralId);

    public override string Message => "The request is not an open child protection request of this child's process.";
}
