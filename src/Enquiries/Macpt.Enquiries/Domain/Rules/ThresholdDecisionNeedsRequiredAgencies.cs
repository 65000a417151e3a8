using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// A strategy discussion needs at least the local authority (children's social care), the police and
/// health (Working Together 2023, ch. 4); a threshold decision without one of them is not recorded.
/// Whoever is missing is named, in that order.
/// </summary>
public sealed class ThresholdDecisionNeedsRequiredAgencies(IEnumerable<Attendee> attended) : BusinessRule("attended", RuleKind.Unprocessable)
{
    public static IReadOnlyList<string> Agencies { get; } = [Contracts.Agencies.LocalAuthority, Contracts.Agencies.Police, Contracts.Agencies.Health];

    /// <summary>The required agencies nobody attended for, in the order of <see cref="Agencies"/>.</summary>
    public IReadOnlyList<string> Missing { get; } = MissingFrom(attended);

    public override bool IsBroken() => Missing.Count > 0;

    public override string Message =>
        $"A threshold decision needs the local authority, police and health; missing: {string.Join(", ", Missing)}.";

    private static List<string> MissingFrom(IEnumerable<Attendee> attended)
    {
        var present = attended.Select(a => a.Agency).ToHashSet(StringComparer.Ordinal);
        return Agencies.Where(a => !present.Contains(a)).ToList();
    }
}
