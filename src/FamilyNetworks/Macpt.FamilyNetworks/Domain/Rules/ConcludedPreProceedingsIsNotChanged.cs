namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>Pre-proceedings end once, with their outcome; after it nothing more is recorded in them (a new episode is new pre-proceedings).</summary>
public sealed class ConcludedPreProceedingsIsNotChanged(PreProceedings preProceedings) : BusinessRule("status", RuleKind.Conflict)
{
    public override bool IsBroken() => preProceedings.Outcome is not null;
    public override string Message => "The pre-proceedings have concluded: their outcome is recorded once.";
}
