using Macpt.Rules;

namespace Macpt.Reporting.Domain.Rules;

/// <summary>
/// The projections are rebuilt by one caller at a time (across replicas): a second rebuild while one runs would only
/// repeat its work, so it is refused (409) rather than queued. Each child is projected under its own lock either way.
/// </summary>
public sealed class RebuildRunsOneAtATime(bool anotherIsRunning) : BusinessRule("projections", RuleKind.Conflict)
{
    public override bool IsBroken() => anotherIsRunning;
    public override string Message => "The projections are being rebuilt already; try again when that rebuild has finished.";
}
