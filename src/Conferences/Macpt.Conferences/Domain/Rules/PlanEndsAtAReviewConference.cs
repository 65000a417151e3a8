using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// A child stops being the subject of a plan when a review conference judges that they are no longer at continuing
/// risk of significant harm; outside a review only when the child reaches 18, has died, has permanently left the UK,
/// or has moved permanently to another local authority after that authority's transfer-in conference (Working
/// Together 2018 ch. 1 wording, carried into Working Together 2023 by local procedures; timescales.md §5 "Ending a
/// plan"). <paramref name="reasonCode"/> is the reason asked for an ending outside a review.
/// </summary>
public sealed class PlanEndsAtAReviewConference(string reasonCode) : BusinessRule("reasonCode")
{
    public override bool IsBroken() => !PlanEndReasons.OutsideAReview.Contains(reasonCode);

    public override string Message =>
        $"A plan ends at a review conference; outside one only for these reasons: {string.Join(", ", PlanEndReasons.OutsideAReview)}.";
}
