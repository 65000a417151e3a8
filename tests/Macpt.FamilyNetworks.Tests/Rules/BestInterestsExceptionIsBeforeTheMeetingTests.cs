using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>
/// Children Act 1989 s.31ZA: the meeting need not be offered or held where it would not be in the child's best interests;
/// the decision is recorded with its reason and who decided, before the meeting, once.
/// </summary>
public sealed class BestInterestsExceptionIsBeforeTheMeetingTests
{
    [Fact]
    public void Before_or_after_the_offer_and_after_an_acceptance_it_closes_the_request_with_who_decided()
    {
        foreach (var r in new[] { New(FamilyNetworkStages.PreProceedings), Offered(stage: FamilyNetworkStages.PreProceedings), Prepared() })
        {
            RuleAssert.Holds(new BestInterestsExceptionIsBeforeTheMeeting(r));
            r.RecordBestInterestsException(D("2026-11-24"), "A network member poses a risk.", "tm-1", AskedAt, Today);
            Assert.Equal(RequestStatus.Closed, r.Status);
            Assert.Equal(MeetingRequestClosureReasons.NotInTheChildsBestInterests, r.Closure!.Reason);
            Assert.Equal("tm-1", r.Closure.DecidedBy);
            Assert.Equal("A network member poses a risk.", r.Closure.Explanation);
            Assert.Equal(D("2026-11-24"), r.Closure.ClosedOn);
            RuleAssert.Refuses<ClosedRequestIsNotChanged>(() => r.RecordBestInterestsException(D("2026-11-24"), "Again.", "tm-1", AskedAt, Today), "status");
        }
    }

    [Fact]
    public void Not_once_the_meeting_was_held_or_everyone_declined()
    {
        RuleAssert.Broken(new BestInterestsExceptionIsBeforeTheMeeting(Held()), "decidedOn", RuleKind.Conflict);
        RuleAssert.Refuses<BestInterestsExceptionIsBeforeTheMeeting>(
            () => Answered(false).RecordBestInterestsException(D("2026-11-24"), "Reason.", "tm-1", AskedAt, Today), "decidedOn");
    }

    [Fact]
    public void Not_dated_in_the_future() =>
        RuleAssert.Refuses<RecordedDateIsNotInTheFuture>(() => New().RecordBestInterestsException(D("2026-11-26"), "Reason.", "tm-1", AskedAt, Today), "decidedOn");
}
