using Macpt.Referrals.Apis;

namespace Macpt.Referrals.Tests;

/// <summary>The filters of the decision queue are checked before any query runs.</summary>
public sealed class ReferralQueryTests
{
    /// <summary>What the queue asks when no filter is given: awaiting a decision, any due date, the first page of 50.</summary>
    private static readonly ReferralQuery Defaults = new("awaiting-decision", null, 1, ReferralQuery.DefaultPageSize);

    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Equal(50, ReferralQuery.DefaultPageSize);
        RuleAssert.Accepted(Defaults.Check());
    }

    [Theory]
    [InlineData("awaiting-decision")]
    [InlineData("decided")]
    [InlineData("all")]
    public void Each_status_is_valid(string status) =>
        RuleAssert.Accepted((Defaults with { Status = status }).Check());

    [Theory]
    [InlineData("open")]
    [InlineData("Decided")]
    [InlineData("")]
    public void An_unknown_status_is_refused(string status) =>
        RuleAssert.Refused((Defaults with { Status = status }).Check(), "status");

    [Theory]
    [InlineData("today")]
    [InlineData("overdue")]
    [InlineData("today-or-overdue")]
    public void Each_due_filter_is_valid(string due) =>
        RuleAssert.Accepted((Defaults with { Due = due }).Check());

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("Today")]
    [InlineData("")]
    public void An_unknown_due_filter_is_refused(string due) =>
        RuleAssert.Refused((Defaults with { Due = due }).Check(), "due");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Pages_start_at_1(int page) =>
        RuleAssert.Refused((Defaults with { Page = page }).Check(), "page");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1_000)]
    public void A_page_from_1_is_valid(int page) =>
        RuleAssert.Accepted((Defaults with { Page = page }).Check());

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(201)]
    public void A_page_size_outside_1_to_200_is_refused(int pageSize) =>
        RuleAssert.Refused((Defaults with { PageSize = pageSize }).Check(), "pageSize");

    [Theory]
    [InlineData(1)]
    [InlineData(200)]
    public void A_page_size_of_1_to_200_is_valid(int pageSize) =>
        RuleAssert.Accepted((Defaults with { PageSize = pageSize }).Check());

    [Fact]
    public void Every_bad_filter_is_named_together() =>
        RuleAssert.Refused(new ReferralQuery("open", "tomorrow", 0, 201).Check(), "status", "due", "page", "pageSize");

    [Fact]
    public void The_last_page_whose_offset_fits_is_valid()
    {
        // The queue skips (page - 1) * pageSize rows, an int.
        var page = int.MaxValue / ReferralQuery.MaxPageSize + 1;
        RuleAssert.Accepted(new ReferralQuery("all", null, page, ReferralQuery.MaxPageSize).Check());
    }

    [Theory]
    [InlineData(int.MaxValue / ReferralQuery.MaxPageSize + 2, ReferralQuery.MaxPageSize)] // skips 2^31 + 152 rows
    [InlineData(int.MaxValue, ReferralQuery.DefaultPageSize)]
    public void A_page_whose_rows_to_skip_do_not_fit_in_an_int_is_refused(int page, int pageSize)
    {
        // ListReferrals skips (page - 1) * pageSize rows in int arithmetic: for this page that wraps
        // round to a negative OFFSET, which fails in the database instead of being refused here.
        Assert.True((long)(page - 1) * pageSize > int.MaxValue);
        Assert.True(unchecked((page - 1) * pageSize) < 0);

        RuleAssert.Refused(new ReferralQuery("all", null, page, pageSize).Check(), "page");
    }
}
