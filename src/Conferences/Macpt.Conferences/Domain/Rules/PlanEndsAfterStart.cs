using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>A plan ends after the day it started (CIN census errors 8840, the same day, and 8925, an end before the start).</summary>
public sealed class PlanEndsAfterStart(DateOnly endDate, DateOnly planStart) : BusinessRule("endDate")
{
    public override bool IsBroken() => endDate <= planStart;
    public override string Message => "A plan ends after the day it started.";
}
