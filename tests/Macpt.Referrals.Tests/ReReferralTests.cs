using Macpt.Referrals.Domain.Timescales;

namespace Macpt.Referrals.Tests;

/// <summary>
/// A re-referral is a referral within 12 months of the child's previous referral (DfE, Characteristics
/// of children in need), measured between the two times of receipt.
/// </summary>
public sealed class ReReferralTests
{
    private static readonly DateTimeOffset ReceivedAt = Instant("2026-08-15T10:00:00Z");

    [Theory]
    [InlineData("2026-11-25T10:00:00Z", "2025-11-25T10:00:00Z")]
    [InlineData("2026-08-15T10:00:00Z", "2025-08-15T10:00:00Z")]
    [InlineData("2026-01-31T23:59:59Z", "2025-01-31T23:59:59Z")]
    [InlineData("2026-03-31T00:00:00Z", "2025-03-31T00:00:00Z")]
    public void The_window_starts_exactly_twelve_calendar_months_before(string receivedAt, string windowStart) =>
        Assert.Equal(Instant(windowStart), ReReferral.WindowStart(Instant(receivedAt)));

    [Fact]
    public void The_window_is_twelve_months() => Assert.Equal(12, ReReferral.WithinMonths);

    [Fact]
    public void A_previous_referral_11_months_and_30_days_before_makes_a_re_referral() =>
        // 15 Aug 2026 less 11 months is 15 Sep 2025; less 30 days more is 16 Aug 2025.
        Assert.True(ReReferral.Applies(Instant("2025-08-16T10:00:00Z"), ReceivedAt));

    [Fact]
    public void A_previous_referral_exactly_12_months_before_makes_a_re_referral()
    {
        Assert.Equal(Instant("2025-08-15T10:00:00Z"), ReReferral.WindowStart(ReceivedAt));
        Assert.True(ReReferral.Applies(ReReferral.WindowStart(ReceivedAt), ReceivedAt));
    }

    [Fact]
    public void A_previous_referral_one_tick_more_than_12_months_before_does_not() =>
        Assert.False(ReReferral.Applies(ReReferral.WindowStart(ReceivedAt).AddTicks(-1), ReceivedAt));

    [Theory]
    [InlineData("2025-08-15T09:59:00Z")] // a minute more than 12 months
    [InlineData("2025-08-14T10:00:00Z")] // 12 months and a day
    [InlineData("2020-01-01T00:00:00Z")]
    public void A_previous_referral_more_than_12_months_before_does_not(string previous) =>
        Assert.False(ReReferral.Applies(Instant(previous), ReceivedAt));

    [Theory]
    [InlineData("2026-08-15T09:59:59Z")]
    [InlineData("2026-08-14T10:00:00Z")]
    [InlineData("2026-01-01T00:00:00Z")]
    public void A_previous_referral_within_12_months_makes_a_re_referral(string previous) =>
        Assert.True(ReReferral.Applies(Instant(previous), ReceivedAt));

    [Fact]
    public void A_previous_referral_one_tick_earlier_makes_a_re_referral() =>
        Assert.True(ReReferral.Applies(ReceivedAt.AddTicks(-1), ReceivedAt));

    [Fact]
    public void A_referral_received_at_the_same_instant_is_not_a_previous_one() =>
        Assert.False(ReReferral.Applies(ReceivedAt, ReceivedAt));

    [Theory]
    [InlineData("2026-08-15T10:00:00.0000001Z")]
    [InlineData("2026-08-16T10:00:00Z")]
    [InlineData("2027-01-01T00:00:00Z")]
    public void A_later_referral_is_not_a_previous_one(string later) =>
        Assert.False(ReReferral.Applies(Instant(later), ReceivedAt));

    // Around 29 February

    [Theory]
    [InlineData("2025-02-28T10:00:00Z", "2024-02-28T10:00:00Z")] // the leap day of 2024 is inside the window
    [InlineData("2025-03-01T10:00:00Z", "2024-03-01T10:00:00Z")] // and outside this one
    [InlineData("2028-02-29T10:00:00Z", "2027-02-28T10:00:00Z")] // no 29 Feb in 2027: the last day of February
    [InlineData("2028-02-28T10:00:00Z", "2027-02-28T10:00:00Z")]
    [InlineData("2028-03-01T10:00:00Z", "2027-03-01T10:00:00Z")]
    public void Around_29_february_the_window_starts_on_the_same_day_or_the_last_day_of_february(string receivedAt, string windowStart) =>
        Assert.Equal(Instant(windowStart), ReReferral.WindowStart(Instant(receivedAt)));

    [Theory]
    [InlineData("2024-02-29T10:00:00Z", "2025-02-28T10:00:00Z", true)]
    [InlineData("2024-02-28T10:00:00Z", "2025-02-28T10:00:00Z", true)]
    [InlineData("2024-02-28T09:59:59Z", "2025-02-28T10:00:00Z", false)]
    [InlineData("2024-02-29T10:00:00Z", "2025-03-01T10:00:00Z", false)]
    [InlineData("2027-02-28T10:00:00Z", "2028-02-29T10:00:00Z", true)]
    [InlineData("2027-02-28T09:59:59Z", "2028-02-29T10:00:00Z", false)]
    public void Around_29_february(string previous, string receivedAt, bool applies) =>
        Assert.Equal(applies, ReReferral.Applies(Instant(previous), Instant(receivedAt)));

    // The offset a sender writes is not part of the instant

    [Fact]
    public void The_same_two_instants_give_the_same_answer_whatever_offset_the_receipt_was_sent_with()
    {
        // 00:30 on 1 March 2025 at +01:00 is 23:30 UTC on 28 February 2025: one instant, two spellings.
        // Whether a referral on 29 February 2024 was within 12 months of it must not depend on the spelling.
        // (Today the 12 months are counted on the sender's wall clock: 28 Feb 2024 23:30 UTC for one spelling,
        // 29 Feb 2024 23:30 UTC for the other.)
        var asSentWithOffset = Instant("2025-03-01T00:30:00+01:00");
        var asSentInUtc = Instant("2025-02-28T23:30:00Z");
        Assert.Equal(asSentInUtc, asSentWithOffset);
        var previous = Instant("2024-02-29T12:00:00Z");

        Assert.Equal(ReReferral.WindowStart(asSentInUtc), ReReferral.WindowStart(asSentWithOffset));
        Assert.Equal(ReReferral.Applies(previous, asSentInUtc), ReReferral.Applies(previous, asSentWithOffset));
    }
}
