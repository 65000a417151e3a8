using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>A plan does not end before a review conference that reviewed it (CIN census 8841 read the other way: reviews fall within the plan).</summary>
public sealed class PlanEndsOnOrAfterItsLastReview(ChildProtectionPlan plan, DateOnly endDate) : BusinessRule("endDate")
{
    public override bool IsBroken() => plan.Reviews.Count > 0 && endDate < plan.Reviews.Max(r => r.ReviewedOn);
    public override string Message => "The plan ends on or after its last review conference.";
}
