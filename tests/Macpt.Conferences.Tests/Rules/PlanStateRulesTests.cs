using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Rules;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests.Rules;

/// <summary>The rules that follow a plan's life: it ends once, not before its last review; core groups meet after its start, once a date.</summary>
public sealed class PlanStateRulesTests
{
    [Fact]
    public void An_ended_plan_is_not_running()
    {
        var plan = StartedPlan();
        RuleAssert.Holds(new PlanIsStillRunning(plan, "endDate"));
        plan.End(D("2027-01-15"), SteppedDown, null, "lcpp-03", Now);
        RuleAssert.Broken(new PlanIsStillRunning(plan, "endDate"), "endDate", RuleKind.Conflict);
    }

    [Fact]
    public void A_plan_ends_on_or_after_its_last_review()
    {
        var plan = StartedPlan();
        RuleAssert.Holds(new PlanEndsOnOrAfterItsLastReview(plan, D("2026-12-01")));
        plan.RecordReview(Guid.NewGuid(), D("2027-02-26"), "EMO", true, Calendar);
        RuleAssert.Holds(new PlanEndsOnOrAfterItsLastReview(plan, D("2027-02-26")));
        RuleAssert.Broken(new PlanEndsOnOrAfterItsLastReview(plan, D("2027-02-25")), "endDate", RuleKind.Unprocessable);
    }

    [Fact]
    public void A_core_group_meets_after_the_start_and_once_a_date()
    {
        RuleAssert.Broken(new CoreGroupMeetsAfterPlanStart(D("2026-11-30"), D("2026-11-30")), "heldOn", RuleKind.Unprocessable);
        RuleAssert.Holds(new CoreGroupMeetsAfterPlanStart(D("2026-12-01"), D("2026-11-30")));
        var plan = StartedPlan();
        RuleAssert.Holds(new CoreGroupMeetingIsRecordedOnce(plan, D("2026-12-10")));
        plan.RecordCoreGroup(Meeting("2026-12-10"), new Macpt.Conferences.Domain.Timescales.CoreGroupCadence());
        RuleAssert.Broken(new CoreGroupMeetingIsRecordedOnce(plan, D("2026-12-10")), "heldOn", RuleKind.Conflict);
    }
}
