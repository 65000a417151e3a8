namespace Macpt.Reporting.Domain.Measures;

/// <summary>The facts the measures count for a period: the referrals received, conferences and reviews held, plans started or ended in it.</summary>
public sealed record TimelinessFacts(
    IReadOnlyList<ReferralFact> Referrals,
    IReadOnlyList<InitialConferenceFact> InitialConferences,
    IReadOnlyList<ReviewFact> Reviews,
    IReadOnlyList<PlanFact> Plans);
