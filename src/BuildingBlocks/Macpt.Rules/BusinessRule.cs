namespace Macpt.Rules;

/// <summary>
/// A convenience base for the common case: a fixed field, message and kind. Rules whose field or message
/// depends on what is broken implement <see cref="IBusinessRule"/> directly.
/// </summary>
public abstract class BusinessRule(string field, RuleKind kind = RuleKind.Unprocessable) : IBusinessRule
{
    public abstract bool IsBroken();
    public abstract string Message { get; }
    public string Field { get; } = field;
    public RuleKind Kind { get; } = kind;
}
