namespace Macpt.Referrals.Domain.Escalations;

/// <summary>
/// The safeguarding partnership's escalation stages, in order, each with the working days its responder has
/// (timescales.md §5; Newham's Lead Practitioner guidance, seed 004: resolve between practitioners first, then
/// escalate under the partnership's staged policy). Stage names and timescales are local practice: configured
/// under <c>Escalation:Stages</c> (docs/api/referrals.md); with none configured the <see cref="DefaultStages"/>
/// apply, the common shape of local partnerships' policies.
/// </summary>
public sealed class EscalationPolicy
{
    public const string Section = "Escalation";

    public static IReadOnlyList<EscalationStageRule> DefaultStages { get; } =
    [
        new() { Code = "practitioners", WorkingDays = 3 },
        new() { Code = "managers", WorkingDays = 5 },
        new() { Code = "senior-managers", WorkingDays = 5 },
        new() { Code = "safeguarding-partnership", WorkingDays = 10 },
    ];

    /// <summary>As configured; empty means <see cref="DefaultStages"/> (a bound list would add to defaults, not replace them).</summary>
    public List<EscalationStageRule> Stages { get; set; } = [];

    public IReadOnlyList<EscalationStageRule> InForce => Stages.Count > 0 ? Stages : DefaultStages;

    public EscalationStageRule First => InForce[0];

    public EscalationStageRule? Of(string code) => InForce.FirstOrDefault(s => s.Code == code);

    /// <summary>The stage after <paramref name="code"/>, or null at the last one.</summary>
    public EscalationStageRule? After(string code)
    {
        var at = InForce.ToList().FindIndex(s => s.Code == code);
        return at >= 0 && at + 1 < InForce.Count ? InForce[at + 1] : null;
    }

    /// <summary>Why the configuration cannot be used, or null: checked when the service starts.</summary>
    public string? Problem() =>
        InForce.Any(s => string.IsNullOrWhiteSpace(s.Code) || s.Code.Length > 40) ? "every stage needs a code of at most 40 characters"
        : InForce.Select(s => s.Code).Distinct(StringComparer.Ordinal).Count() != InForce.Count ? "stage codes must differ"
        : InForce.Any(s => s.WorkingDays is < 1 or > 60) ? "each stage's working days must be from 1 to 60"
        : null;
}

public sealed class EscalationStageRule
{
    public string Code { get; set; } = "";
    public int WorkingDays { get; set; }
}
