namespace Macpt.Rules;

/// <summary>
/// A statutory or local rule, named for the policy it holds and citing its source. The aggregate method
/// it guards calls <see cref="Rule.Check"/>; a broken rule becomes one problem answer naming
/// <see cref="Field"/> (the request's JSON name). Messages state the rule, never the caller's data.
/// </summary>
public interface IBusinessRule
{
    bool IsBroken();

    /// <summary>The request field the rule concerns, as the JSON names it.</summary>
    string Field { get; }

    string Message { get; }

    /// <summary>Whether breaking it conflicts with the record's state (409) or is unprocessable as asked (422).</summary>
    RuleKind Kind { get; }
}

public enum RuleKind
{
    /// <summary>The request is well formed but asks for something the rule forbids: 422.</summary>
    Unprocessable,

    /// <summary>The request conflicts with what is already recorded (decided once, one at a time): 409.</summary>
    Conflict,
}
