using System.ComponentModel.DataAnnotations;
using Macpt.Referrals.Domain.Timescales;

namespace Macpt.Referrals.Tests;

/// <summary>
/// A consultation is answered, by default, within the 1 working day a referral is decided in; the London date it was
/// asked is day 0; the number is local configuration.
/// </summary>
public sealed class ConsultationAnswerDueTests
{
    private static readonly ConsultationAnswerDue Default = new();

    [Fact]
    public void By_default_it_is_the_referral_decision_timescale() =>
        Assert.Equal(DecisionDeadline.WorkingDays, Default.AnswerWithinWorkingDays);

    [Theory]
    [InlineData("2026-11-25T10:00:00Z", "2026-11-26")] // Wednesday → Thursday
    [InlineData("2026-11-27T16:00:00Z", "2026-11-30")] // Friday → Monday
    [InlineData("2026-11-28T10:00:00Z", "2026-11-30")] // asked on a Saturday → Monday
    [InlineData("2026-12-24T10:00:00Z", "2026-12-29")] // Christmas Day and the Boxing Day substitute skipped
    [InlineData("2026-06-30T23:30:00Z", "2026-07-02")] // 00:30 BST on 1 July: day 0 is the London date
    public void It_is_due_the_next_working_day(string askedAt, string dueBy) =>
        Assert.Equal(D(dueBy), Default.For(Instant(askedAt), Calendar));

    [Fact]
    public void A_council_may_set_its_own_number_of_working_days() =>
        // Wednesday 25 November 2026 + 3 working days.
        Assert.Equal(D("2026-11-30"), new ConsultationAnswerDue { AnswerWithinWorkingDays = 3 }.For(Instant("2026-11-25T10:00:00Z"), Calendar));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void The_configured_number_is_checked_at_start(int workingDays, bool valid)
    {
        var configured = new ConsultationAnswerDue { AnswerWithinWorkingDays = workingDays };
        Assert.Equal(valid, Validator.TryValidateObject(configured, new ValidationContext(configured), null, validateAllProperties: true));
    }
}
