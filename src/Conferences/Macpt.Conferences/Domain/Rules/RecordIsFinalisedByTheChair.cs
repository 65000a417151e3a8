using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>The conference's chair (the independent LCPP) finalises its record (Working Together 2023, ch. 4).</summary>
public sealed class RecordIsFinalisedByTheChair(ChildProtectionConference conference, string finalisedBy) : BusinessRule("finalisedBy")
{
    public override bool IsBroken() => !string.Equals(finalisedBy, conference.Arrangements?.ChairId, StringComparison.OrdinalIgnoreCase);
    public override string Message => "The record is finalised by the conference's chair.";
}
