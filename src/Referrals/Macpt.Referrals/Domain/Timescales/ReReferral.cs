namespace Macpt.Referrals.Domain.Timescales;

/// <summary>
/// A re-referral is a referral within 12 months of the child's previous referral (DfE, Characteristics
/// of children in need: "re-referral within 12 months"). Measured between the two receipt dates.
/// </summary>
public static class ReReferral
{
    public const int WithinMonths = 12;

    /// <summary>The earliest receipt time an earlier referral may have and still make this one a re-referral.</summary>
    /// <remarks>Counted in UTC, so the same instant gives the same window whatever offset it was sent with.</remarks>
    public static DateTimeOffset WindowStart(DateTimeOffset receivedAt) => receivedAt.ToUniversalTime().AddMonths(-WithinMonths);

    public static bool Applies(DateTimeOffset previousReceivedAt, DateTimeOffset receivedAt) =>
        previousReceivedAt < receivedAt && previousReceivedAt >= WindowStart(receivedAt);
}
