using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// A core group reviews progress against the detailed plan (Working Together 2023, ch. 4): progress is recorded on the
/// plan's own actions, once each a meeting. The field names the first entry that is not.
/// </summary>
public sealed class ProgressIsOnThePlansActions(DetailedPlan? plan, IReadOnlyList<ActionProgress> progress) : IBusinessRule
{
    private int First
    {
        get
        {
            var seen = new HashSet<Guid>();
            for (var i = 0; i < progress.Count; i++)
                if (plan is null || !plan.Actions.Any(a => a.Id == progress[i].ActionId) || !seen.Add(progress[i].ActionId)) return i;
            return -1;
        }
    }

    public bool IsBroken() => First >= 0;
    public string Field => $"progress[{Math.Max(First, 0)}].actionId";
    public string Message => plan is null
        ? "No detailed plan is agreed yet: progress is recorded on its actions."
        : "Progress is recorded on the detailed plan's actions, once each a meeting.";
    public RuleKind Kind => RuleKind.Unprocessable;
}
