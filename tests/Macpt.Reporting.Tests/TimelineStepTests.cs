using Macpt.Contracts;
using Macpt.Reporting.Domain;

namespace Macpt.Reporting.Tests;

/// <summary>Each step carries its duty's deadline and whether it was met (REPORTING-API.md §1).</summary>
public sealed class TimelineStepTests
{
    private static readonly DateOnly Later = D("2017-01-01");

    [Fact]
    public void Every_event_of_the_case_is_one_step_in_order()
    {
        var steps = Project.Events(Case.All).Steps.OrderBy(s => s.On).ThenBy(s => s.At is null).ThenBy(s => s.At).ThenBy(s => s.KindOrder).Select(s => s.Kind).ToList();

        Assert.Equal(
        [
            StepKinds.ReferralReceived, StepKinds.ReferralDecided, StepKinds.StrategyDiscussionRequested, StepKinds.StrategyDiscussionHeld, StepKinds.Section47Started,
            StepKinds.AgencyCheckRequested, StepKinds.AgencyCheckRequested, StepKinds.AgencyCheckAnswered, StepKinds.Section47Completed,
            StepKinds.InitialConferenceScheduled, StepKinds.ConferenceHeld, StepKinds.PlanStarted, StepKinds.CoreGroupHeld, StepKinds.PlanReviewed, StepKinds.PlanEnded,
        ], steps);
    }

    [Fact]
    public void A_step_that_discharges_a_duty_carries_its_deadline_and_is_met_when_done_by_then()
    {
        var projection = Project.Events(Case.All);
        var decided = projection.Step(StepKinds.ReferralDecided);
        Assert.Equal((D("2016-03-02"), true), (decided.Deadline!.Value, decided.Met(Later)!.Value));

        var late = Project.Events(Case.Received, Case.Decided with { DecidedAt = Utc("2016-03-03T09:00:00Z") }).Step(StepKinds.ReferralDecided);
        Assert.False(late.Met(Later));
    }

    [Fact]
    public void A_step_that_starts_a_clock_is_met_by_its_duty_undecided_while_in_time_and_missed_once_overdue()
    {
        Assert.True(Project.Events(Case.Received, Case.Decided).Step(StepKinds.ReferralReceived).Met(Later));

        var open = Project.Events(Case.Received).Step(StepKinds.ReferralReceived);
        Assert.Null(open.Met(D("2016-03-02")));
        Assert.False(open.Met(D("2016-03-03")));
    }

    [Fact]
    public void A_check_left_unanswered_when_its_enquiry_ended_after_its_due_date_was_missed()
    {
        var projection = Project.Events(Case.All);
        var education = projection.Steps.Single(s => s.Kind == StepKinds.AgencyCheckRequested && s.SourceId == Case.EducationCheck);
        Assert.Equal((D("2016-03-09"), false), (education.Deadline!.Value, education.Met(Later)!.Value));
        Assert.True(projection.Step(StepKinds.AgencyCheckAnswered).Met(Later));
    }

    [Fact]
    public void The_section_47_is_met_when_its_initial_conference_is_held_by_the_target()
    {
        var started = Project.Events(Case.All).Step(StepKinds.Section47Started);
        Assert.Equal((D("2016-03-24"), true), (started.Deadline!.Value, started.Met(Later)!.Value));
    }

    [Fact]
    public void A_deadline_an_event_does_not_carry_comes_from_the_event_that_set_it()
    {
        var older = Case.DiscussionHeld with { DueBy = null };
        Assert.Equal(D("2016-03-03"), Project.Events(Case.DiscussionRequested, older).Step(StepKinds.StrategyDiscussionHeld).Deadline);
        // Without the referral's own event the statutory 1 working day applies.
        Assert.Equal(D("2016-03-02"), Project.Events(Case.Decided).Step(StepKinds.ReferralDecided).Deadline);
    }

    [Fact]
    public void Steps_without_a_statutory_clock_have_no_deadline()
    {
        var projection = Project.Events(Case.All);
        Assert.All(new[] { StepKinds.Section47Completed, StepKinds.PlanStarted, StepKinds.PlanEnded }, kind => Assert.Null(projection.Step(kind).Deadline));
    }

    [Fact]
    public void A_step_names_the_agencies_that_are_part_of_it_and_codes_only()
    {
        var projection = Project.Events(Case.All);
        Assert.Equal([Agencies.LocalAuthority, Agencies.Police], projection.Step(StepKinds.ReferralReceived).Agencies);
        Assert.Equal([Agencies.Health, Agencies.LocalAuthority, Agencies.Police], projection.Step(StepKinds.StrategyDiscussionHeld).Agencies);
        Assert.Equal([Agencies.Health, Agencies.LocalAuthority], projection.Step(StepKinds.PlanEnded).Agencies);
        Assert.Equal("gp", projection.Steps.Single(s => s.SourceId == Case.HealthCheck && s.Kind == StepKinds.AgencyCheckRequested).Detail("healthService"));
        Assert.Equal("strategy-discussion", projection.Step(StepKinds.ReferralDecided).Detail("decision"));
    }
}
