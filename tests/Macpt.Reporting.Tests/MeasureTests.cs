using Macpt.Reporting.Domain;
using Macpt.Reporting.Domain.Measures;

namespace Macpt.Reporting.Tests;

/// <summary>Each timeliness measure counts what its definition says (shared/domain/figures.md, timescales.md).</summary>
public sealed class MeasureTests
{
    [Fact]
    public void Referrals_decided_within_1_working_day_count_decided_or_overdue_referrals_received_in_the_period()
    {
        var facts = Facts.Of(referrals:
        [
            Facts.Referral("2016-04-04", "2016-04-05", "2016-04-05"),   // on time (on the due day)
            Facts.Referral("2016-04-04", "2016-04-05", "2016-04-06"),   // late
            Facts.Referral("2016-04-04", "2016-04-05", null),           // undecided and overdue: late
            Facts.Referral("2017-04-10", "2017-04-11", null),           // outside the period
            Facts.Referral("2016-03-31", "2016-04-01", "2016-04-01"),   // received before the period
        ]);
        Assert.Equal(new MeasureCount(1, 3), new ReferralsDecidedWithinOneWorkingDay().Count(facts, Facts.Year, Facts.Today));

        var stillInTime = Facts.Of(referrals: [Facts.Referral("2017-03-31", "2017-04-03", null)]);
        Assert.Equal(new MeasureCount(0, 0), new ReferralsDecidedWithinOneWorkingDay().Count(stillInTime, Facts.Year, D("2017-04-03")));
        Assert.Equal(new MeasureCount(0, 1), new ReferralsDecidedWithinOneWorkingDay().Count(stillInTime, Facts.Year, D("2017-04-04")));
    }

    [Fact]
    public void Icpcs_within_15_working_days_of_the_strategy_discussion_are_held_by_the_enquirys_target()
    {
        var facts = Facts.Of(conferences:
        [
            Facts.Conference("2016-05-10", "2016-04-20", "2016-05-11"),  // in time
            Facts.Conference("2016-05-12", "2016-04-20", "2016-05-11"),  // a day late
            Facts.Conference("2016-05-12", null, null),                  // no Section 47 (transfer in): not counted
        ]);
        Assert.Equal(new MeasureCount(1, 2), new IcpcsWithin15WorkingDaysOfStrategyDiscussion().Count(facts, Facts.Year, Facts.Today));
    }

    [Fact]
    public void Icpcs_within_15_working_days_of_the_section_47_start_count_working_days_with_the_start_as_day_0()
    {
        // Thursday 3 March 2016 + 15 working days = Thursday 24 March (Good Friday 25th and Easter Monday 28th skipped).
        var measure = new IcpcsWithin15WorkingDaysOfSection47Start(Calendar);
        var period = new ReportingPeriod(D("2016-03-01"), D("2016-04-30"));
        var facts = Facts.Of(conferences:
        [
            Facts.Conference("2016-03-24", "2016-03-03", "2016-03-30"),  // 15 working days
            Facts.Conference("2016-03-29", "2016-03-03", "2016-03-30"),  // 16 (the holidays do not count): late by the DfE's measure
        ]);
        Assert.Equal(new MeasureCount(1, 2), measure.Count(facts, period, Facts.Today));
        Assert.Equal((81.4, "2024-25"), (measure.National!.Value, measure.NationalPeriod!));
    }

    [Fact]
    public void Reviews_on_time_are_held_by_their_due_date_and_an_unknown_due_date_is_not_on_time()
    {
        ReviewFact Review(string held, string? due) => new() { ConferenceId = Guid.NewGuid(), ReviewedOn = D(held), DueOn = due is null ? null : D(due) };
        var facts = Facts.Of(reviews: [Review("2016-06-22", "2016-06-22"), Review("2016-06-23", "2016-06-22"), Review("2016-07-01", null), Review("2017-06-01", "2017-06-01")]);
        Assert.Equal(new MeasureCount(1, 3), new ReviewsOnTime().Count(facts, Facts.Year, Facts.Today));
    }

    [Fact]
    public void Re_referrals_are_a_share_of_referrals_received()
    {
        var facts = Facts.Of(referrals: [Facts.Referral("2016-05-02", "2016-05-03", null, reReferral: true), Facts.Referral("2016-05-02", "2016-05-03", null),
            Facts.Referral("2016-05-03", "2016-05-04", "2016-05-04"), Facts.Referral("2016-05-03", "2016-05-04", "2016-05-04")]);
        var measure = new ReReferralsWithin12Months();
        var count = measure.Count(facts, Facts.Year, Facts.Today);
        Assert.Equal((new MeasureCount(1, 4), 25.0), (count, count.Percent!.Value));
        Assert.Equal(22.6, measure.National);
    }

    [Fact]
    public void Plans_ended_lasting_2_years_or_more_count_from_the_second_anniversary()
    {
        var facts = Facts.Of(plans: [Facts.Plan("2014-06-01", "2016-06-01"), Facts.Plan("2014-06-02", "2016-06-01"), Facts.Plan(null, "2016-07-01"), Facts.Plan("2016-05-01", null)]);
        var measure = new PlansEndedLasting2YearsOrMore();
        Assert.Equal(new MeasureCount(1, 3), measure.Count(facts, Facts.Year, Facts.Today));
        Assert.Equal(4.4, measure.National);
    }

    [Fact]
    public void Second_or_subsequent_plans_count_a_previous_plan_however_it_is_known()
    {
        var facts = Facts.Of(plans: [Facts.Plan("2016-05-01", null, previous: 1), Facts.Plan("2016-05-01", null, earlier: true), Facts.Plan("2016-05-01", null),
            Facts.Plan("2015-05-01", "2016-05-01", previous: 2)]);
        var measure = new SecondOrSubsequentPlans();
        Assert.Equal(new MeasureCount(2, 3), measure.Count(facts, Facts.Year, Facts.Today));
        Assert.Null(measure.National);
        Assert.Contains("16.6%", measure.Definition);
    }

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(2, 3, 66.7)]
    [InlineData(1, 8, 12.5)]
    [InlineData(1, 16, 6.3)] // 6.25 rounds away from zero
    public void Percent_is_rounded_to_one_decimal(int numerator, int denominator, double? percent) =>
        Assert.Equal(percent, new MeasureCount(numerator, denominator).Percent);

    [Fact]
    public void The_report_gives_the_seven_measures_in_order()
    {
        Assert.Equal(
        [
            "referrals-decided-within-1-working-day", "icpcs-within-15-working-days-of-strategy-discussion", "icpcs-within-15-working-days-of-section-47-start",
            "reviews-on-time", "re-referrals-within-12-months", "plans-ended-lasting-2-years-or-more", "second-or-subsequent-plans",
        ], new TimelinessMeasures(Calendar).All.Select(m => m.Code));
    }

    [Fact]
    public void A_second_plan_of_the_same_child_is_known_to_reporting_from_the_first()
    {
        var second = Case.PlanStarted with { PlanId = Guid.NewGuid(), StartDate = D("2016-11-01"), NumberOfPreviousPlans = 0 };
        var plans = Project.Events(Case.PlanStarted, Case.PlanEnded, second).Plans.ToDictionary(p => p.PlanId);
        Assert.Equal((false, true), (plans[Case.Plan].EarlierPlanKnown, plans[second.PlanId].EarlierPlanKnown));
    }
}
