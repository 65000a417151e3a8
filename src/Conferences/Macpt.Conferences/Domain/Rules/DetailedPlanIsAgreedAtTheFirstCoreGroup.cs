using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// The first core group meeting develops the outline plan into the detailed plan (Working Together 2023, ch. 4;
/// timescales.md T5: the first core group within 10 working days of the conference): it is agreed on the date of the
/// first core group meeting recorded, and once; a review conference changes it afterwards.
/// </summary>
public sealed class DetailedPlanIsAgreedAtTheFirstCoreGroup(ChildProtectionPlan plan, DateOnly agreedOn) : BusinessRule("agreedOn")
{
    public override bool IsBroken() => plan.CoreGroupMeetings.Count == 0 || agreedOn != plan.CoreGroupMeetings.Min(m => m.HeldOn);
    public override string Message => "The detailed plan is agreed at the first core group meeting: record that meeting, and agree the plan on its date.";
}
