namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// What is recorded as done (an offer, an answer, an allocation, a meeting, a plan, a review, an end) is
/// dated today or earlier, London's today: record what has happened, once it has. Source: local recording
/// practice (the CIN census dates each event on the day it happened).
/// </summary>
public sealed class RecordedDateIsNotInTheFuture(string field, DateOnly date, DateOnly today) : BusinessRule(field)
{
    public override bool IsBroken() => date > today;
    public override string Message => "The date is in the future: record what has happened, once it has.";
}
