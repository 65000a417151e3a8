using System.ComponentModel.DataAnnotations;

namespace Macpt.Enquiries.Domain;

/// <summary>
/// There is no national deadline for a strategy discussion ("as soon as possible"); councils set a
/// local target (shared/domain/timescales.md T2), so it is configuration, not code.
/// </summary>
public sealed class StrategyDiscussionTargets
{
    public const string Section = "StrategyDiscussion";

    /// <summary>Working days after the referral decision (day 0) for a standard strategy discussion.</summary>
    [Range(0, 10)]
    public int StandardWorkingDays { get; set; } = 1;

    /// <summary>
    /// How many working days after an out-of-hours discussion (held by the emergency duty team or the police) it may be
    /// recorded, dated the day it was held (timescales.md §3 rule 4: "recorded on the next working day"). Local practice.
    /// </summary>
    [Range(1, 5)]
    public int OutOfHoursRecordedWithinWorkingDays { get; set; } = 1;
}
