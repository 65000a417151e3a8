using Macpt.Referrals.Apis;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Referrals.Tests;

/// <summary>The filters and page of the decision queue are checked before any query runs.</summary>
public sealed class ReferralQueryTests
{
    private static RequestErrors Check(ReferralQuery query, PageQuery? page = null)
    {
        var errors = new RequestErrors();
        query.Check(errors);
        (page ?? new PageQuery()).Check(errors);
        return errors;
    }

    [Fact]
    public void The_defaults_are_awaiting_a_decision_any_due_date_the_first_page_of_50()
    {
        var query = new ReferralQuery();
        var page = new PageQuery();

        Assert.Equal("awaiting-decision", query.StatusOrDefault);
        Assert.Null(query.Due);
        Assert.Equal((1, 50), (page.Number, page.Size));
        RuleAssert.Accepted(Check(query, page));
    }

    [Theory]
    [InlineData("awaiting-decision")]
    [InlineData("decided")]
    [InlineData("all")]
    public void Each_status_is_valid(string status) =>
        RuleAssert.Accepted(Check(new ReferralQuery(Status: status)));

    [Theory]
    [InlineData("open")]
    [InlineData("Decided")]
    [InlineData("")]
    public void An_unknown_status_is_refused(string status) =>
        RuleAssert.Refused(Check(new ReferralQuery(Status: status)), "status");

    [Theory]
    [InlineData("today")]
    [InlineData("overdue")]
    [InlineData("today-or-overdue")]
    public void Each_due_filter_is_valid(string due) =>
        RuleAssert.Accepted(Check(new ReferralQuery(Due: due)));

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("Today")]
    [InlineData("")]
    public void An_unknown_due_filter_is_refused(string due) =>
        RuleAssert.Refused(Check(new ReferralQuery(Due: due)), "due");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Pages_start_at_1(int page) =>
        RuleAssert.Refused(Check(new ReferralQuery(), new PageQuery(Page: page)), "page");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1_000)]
    public void A_page_from_1_is_valid(int page) =>
        RuleAssert.Accepted(Check(new ReferralQuery(), new PageQuery(Page: page)));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(201)]
    public void A_page_size_outside_1_to_200_is_refused(int pageSize) =>
        RuleAssert.Refused(Check(new ReferralQuery(), new PageQuery(PageSize: pageSize)), "pageSize");

    [Theory]
    [InlineData(1)]
    [InlineData(200)]
    public void A_page_size_of_1_to_200_is_valid(int pageSize) =>
        RuleAssert.Accepted(Check(new ReferralQuery(), new PageQuery(PageSize: pageSize)));

    [Fact]
    public void Every_bad_filter_is_named_together() =>
        RuleAssert.Refused(Check(new ReferralQuery("open", "tomorrow"), new PageQuery(0, 201)), "status", "due", "page", "pageSize");

    [Theory]
    [InlineData(int.MaxValue / PageQuery.MaxPageSize + 2)] // skips more than 2^31 rows at the largest page size
    [InlineData(int.MaxValue)]
    public void A_page_whose_rows_to_skip_may_not_fit_in_an_int_is_refused(int page) =>
        // The queue skips (page - 1) * pageSize rows, an int: such a page would wrap round to a negative OFFSET.
        RuleAssert.Refused(Check(new ReferralQuery(Status: "all"), new PageQuery(page, PageQuery.DefaultPageSize)), "page");
}
