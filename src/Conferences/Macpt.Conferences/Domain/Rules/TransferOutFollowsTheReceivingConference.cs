using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// A child who moves permanently to another local authority stays on this authority's plan until the receiving
/// authority has held its transfer-in conference; the plan ends on or after that conference's date (Working Together
/// 2018 ch. 1, carried into Working Together 2023 by local procedures; timescales.md §5 "Transfer-in conference").
/// Judged only for <see cref="PlanEndReasons.TransferredToAnotherLocalAuthority"/>.
/// </summary>
public sealed class TransferOutFollowsTheReceivingConference(string reasonCode, DateOnly? receivingConferenceOn, DateOnly endDate)
    : BusinessRule("receivingConferenceOn")
{
    public override bool IsBroken() =>
        reasonCode == PlanEndReasons.TransferredToAnotherLocalAuthority && (receivingConferenceOn is null || receivingConferenceOn > endDate);

    public override string Message =>
        "A plan ends on a transfer only after the receiving authority's transfer-in conference: record its date, on or before the end date.";
}
