using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>A review conference is after the day the plan started (CIN census error 8841: a review on or before the start).</summary>
public sealed class ReviewIsAfterPlanStart(DateOnly reviewDate, DateOnly planStart, string field) : BusinessRule(field)
{
    public override bool IsBroken() => reviewDate <= planStart;
    public override string Message => "A review conference is after the day the plan started.";
}
