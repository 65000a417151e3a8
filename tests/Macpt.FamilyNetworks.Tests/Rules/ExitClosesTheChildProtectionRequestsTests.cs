using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>
/// Working Together 2023, ch. 4: the process ends at a Section 47 with no conference, an ICPC with no plan, or the end of
/// the plan; the child protection requests not yet met close with it, Family Help and pre-proceedings requests do not.
/// </summary>
public sealed class ExitClosesTheChildProtectionRequestsTests
{
    [Theory]
    [InlineData(FamilyNetworkStages.StrategyDiscussion, MeetingRequestClosureReasons.Section47NoConference)]
    [InlineData(FamilyNetworkStages.Section47, MeetingRequestClosureReasons.Section47NoConference)]
    [InlineData(FamilyNetworkStages.PreConference, MeetingRequestClosureReasons.ConferenceNoPlan)]
    [InlineData(FamilyNetworkStages.Section47, MeetingRequestClosureReasons.PlanEnded)]
    public void An_open_child_protection_request_closes_with_the_reason(string stage, string reason)
    {
        var request = New(stage);
        var exit = Exit(request, reason);
        RuleAssert.Holds(new ExitClosesTheChildProtectionRequests(request, exit));
        request.CloseAtExit(exit, AskedAt);
        Assert.Equal(RequestStatus.Closed, request.Status);
        Assert.Equal(reason, request.Closure!.Reason);
        Assert.Equal(exit.EndedOn, request.Closure.ClosedOn);
        Assert.Equal(exit.SourceId, request.Closure.SourceId);
    }

    [Fact]
    public void Offered_accepted_and_scheduled_requests_close_too()
    {
        var offered = Offered(stage: FamilyNetworkStages.Section47);
        RuleAssert.Holds(new ExitClosesTheChildProtectionRequests(offered, Exit(offered)));
        var prepared = Prepared();
        prepared.Schedule(D("2026-11-30"));
        RuleAssert.Holds(new ExitClosesTheChildProtectionRequests(prepared, Exit(prepared)));
    }

    [Theory]
    [InlineData(FamilyNetworkStages.FamilyHelp)]
    [InlineData(FamilyNetworkStages.PreProceedings)]
    public void Family_help_and_pre_proceedings_requests_go_on(string stage)
    {
        var request = New(stage);
        RuleAssert.Broken(new ExitClosesTheChildProtectionRequests(request, Exit(request)), "status", RuleKind.Conflict);
        RuleAssert.Refuses<ExitClosesTheChildProtectionRequests>(() => request.CloseAtExit(Exit(request), AskedAt), "status");
    }

    [Fact]
    public void A_held_declined_or_closed_request_and_another_referral_are_not_closed()
    {
        var held = Held();
        RuleAssert.Broken(new ExitClosesTheChildProtectionRequests(held, Exit(held)), "status");
        var declined = Answered(accepted: false);
        RuleAssert.Broken(new ExitClosesTheChildProtectionRequests(declined, Exit(declined)), "status");
        var closed = Closed();
        RuleAssert.Broken(new ExitClosesTheChildProtectionRequests(closed, Exit(closed)), "status");
        var other = New(FamilyNetworkStages.Section47);
        RuleAssert.Broken(new ExitClosesTheChildProtectionRequests(other, Exit(other, referralId: Guid.NewGuid())), "status");
    }

    [Fact]
    public void An_exit_without_a_referral_closes_the_childs_open_requests() =>
        RuleAssert.Holds(new ExitClosesTheChildProtectionRequests(New(FamilyNetworkStages.Section47),
            new ProcessExit("C123", null, Guid.NewGuid(), D("2026-11-25"), MeetingRequestClosureReasons.PlanEnded)));
}
