using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>A plan is agreed on or after its meeting (held 20 November); a revision on or after the version it replaces.</summary>
public sealed class PlanIsNotAgreedBeforeWhatItFollowsTests
{
    [Theory]
    [InlineData("2026-11-20")]
    [InlineData("2026-11-25")]
    public void A_plan_from_the_meeting_holds(string agreedOn) => RuleAssert.Holds(new PlanIsNotAgreedBeforeWhatItFollows(D(agreedOn), D("2026-11-20")));

    [Fact]
    public void A_plan_before_the_meeting_is_refused() =>
        RuleAssert.Broken(new PlanIsNotAgreedBeforeWhatItFollows(D("2026-11-19"), D("2026-11-20")), "agreedOn", RuleKind.Unprocessable);

    [Fact]
    public void Agreeing_and_revising_refuse_a_plan_before_what_it_follows_or_tomorrow()
    {
        RuleAssert.Refuses<PlanIsNotAgreedBeforeWhatItFollows>(() => FamilyPlan.Agree(Guid.NewGuid(), Held("2026-11-20"), Terms("2026-11-19"), AskedAt, Today), "agreedOn");
        RuleAssert.Refuses<RecordedDateIsNotInTheFuture>(() => FamilyPlan.Agree(Guid.NewGuid(), Held(), Terms("2026-11-26", "2026-12-26"), AskedAt, Today), "agreedOn");
        RuleAssert.Refuses<PlanIsNotAgreedBeforeWhatItFollows>(() => Plan("2026-11-22").Revise(1, Terms("2026-11-21"), Today), "agreedOn");
    }
}
