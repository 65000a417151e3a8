using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>A review conference is cancelled when the plan it would review ends another way; it is not arranged again.</summary>
public sealed class CancelledConferenceIsNotArranged(ChildProtectionConference conference) : BusinessRule("date", RuleKind.Conflict)
{
    public override bool IsBroken() => conference.Status == ConferenceStatus.Cancelled;
    public override string Message => "The conference was cancelled because the plan it would have reviewed has ended.";
}
