using Macpt.Contracts;
using Macpt.Contracts.Advocacy;
using Macpt.Contracts.Conferences;
using Macpt.Contracts.Escalations;
using Macpt.Contracts.FamilyNetworks;
using Macpt.Reporting.Domain;

namespace Macpt.Reporting.Tests;

/// <summary>Each kind of work item opens on one event and closes on another (REPORTING-API.md §3).</summary>
public sealed class WorkItemLifeTests
{
    [Fact]
    public void A_referral_decision_is_due_by_its_decision_date_until_decided()
    {
        var open = Project.Events(Case.Received).Item(WorkKinds.ReferralDecision);
        Assert.Equal((D("2016-03-02"), (DateOnly?)null, Case.Referral), (open.DueBy!.Value, open.ClosedOn, open.SourceId));

        var closed = Project.Events(Case.Received, Case.Decided).Item(WorkKinds.ReferralDecision);
        Assert.Equal(D("2016-03-02"), closed.ClosedOn);
    }

    [Fact]
    public void A_strategy_discussion_is_open_from_its_request_to_its_meeting()
    {
        Assert.True(Project.Events(Case.DiscussionRequested).Item(WorkKinds.StrategyDiscussion).IsOpen);
        Assert.False(Project.Events(Case.DiscussionRequested, Case.DiscussionHeld).Item(WorkKinds.StrategyDiscussion).IsOpen);
    }

    [Fact]
    public void An_agency_check_closes_on_its_answer_or_when_its_enquiry_completes()
    {
        var projection = Project.Events(Case.EnquiryStarted, Case.HealthAsked, Case.EducationAsked, Case.HealthAnswered);
        var open = Assert.Single(projection.Open());
        Assert.Equal((Case.EducationCheck, Agencies.Education), (open.SourceId, open.Agency!));
        Assert.Equal([Agencies.Education], open.Agencies);

        var completed = Project.Events(Case.EnquiryStarted, Case.HealthAsked, Case.EducationAsked, Case.HealthAnswered, Case.EnquiryCompleted);
        var education = completed.WorkItems.Single(i => i.SourceId == Case.EducationCheck);
        Assert.Equal((D("2016-03-14"), false), (education.ClosedOn!.Value, education.Discharged));
    }

    [Fact]
    public void A_conference_is_to_arrange_from_the_enquiry_to_its_date_then_to_hold_until_held()
    {
        var arrange = Project.Events(Case.EnquiryStarted, Case.EnquiryCompleted);
        Assert.Equal((WorkKinds.ConferenceToArrange, D("2016-03-24")), (Assert.Single(arrange.Open()).Kind, Assert.Single(arrange.Open()).DueBy!.Value));

        var hold = Project.Events(Case.EnquiryStarted, Case.EnquiryCompleted, Case.Scheduled);
        Assert.Equal(WorkKinds.ConferenceToHold, Assert.Single(hold.Open()).Kind);

        Assert.Empty(Project.Events(Case.EnquiryStarted, Case.EnquiryCompleted, Case.Scheduled, Case.Held).Open());
    }

    [Fact]
    public void No_conference_needed_opens_nothing_to_arrange()
    {
        var noConference = Case.EnquiryCompleted with { ConferenceRequired = false, Outcome = "not-substantiated" };
        Assert.Empty(Project.Events(Case.EnquiryStarted, noConference).WorkItems);
    }

    [Fact]
    public void Core_groups_roll_on_from_one_meeting_to_the_next_and_stop_when_the_plan_ends()
    {
        var afterFirst = Project.Events(Case.PlanStarted, Case.CoreGroupMet).Open().Where(i => i.Kind == WorkKinds.CoreGroup).ToList();
        Assert.Equal(D("2016-05-17"), Assert.Single(afterFirst).DueBy);

        var ended = Project.Events(Case.PlanStarted, Case.CoreGroupMet, Case.PlanEnded);
        Assert.Empty(ended.Open());
        Assert.Equal(2, ended.WorkItems.Count(i => i.Kind == WorkKinds.CoreGroup));
    }

    [Fact]
    public void Reviews_roll_on_and_a_review_brought_forward_moves_the_due_date()
    {
        Assert.Equal(D("2016-06-22"), Project.Events(Case.PlanStarted).Open().Single(i => i.Kind == WorkKinds.ReviewConference).DueBy);
        Assert.Equal(D("2016-12-20"), Project.Events(Case.PlanStarted, Case.Reviewed).Open().Single(i => i.Kind == WorkKinds.ReviewConference).DueBy);

        var forward = new ReviewConferenceBroughtForward(Guid.NewGuid(), Case.Plan, Case.Referral, Project.Child, null, D("2016-06-22"), D("2016-05-02"), "birth");
        Assert.Equal(D("2016-05-02"), Project.Events(Case.PlanStarted, forward).Open().Single(i => i.Kind == WorkKinds.ReviewConference).DueBy);
    }

    [Fact]
    public void A_plan_from_an_older_publisher_gets_its_first_core_group_and_review_from_the_statutory_timescales()
    {
        var older = Case.PlanStarted with { FirstCoreGroupDue = null, FirstReviewDue = null, Agencies = null };
        var items = Project.Events(older).Open().ToDictionary(i => i.Kind);

        Assert.Equal(D("2016-04-07"), items[WorkKinds.CoreGroup].DueBy); // 10 working days after 22 March 2016, Easter skipped
        Assert.Equal(D("2016-06-22"), items[WorkKinds.ReviewConference].DueBy);
    }

    [Fact]
    public void An_advocacy_offer_closes_on_its_answer_or_when_the_parents_advocacy_ends()
    {
        var parent = Guid.NewGuid();
        var offered = new AdvocacyOffered(Guid.NewGuid(), parent, Case.Referral, Project.Child, AdvocacyStages.Section47, Utc("2016-03-04T10:00:00Z"), D("2016-03-11"));
        Assert.Equal(D("2016-03-11"), Project.Events(offered).Item(WorkKinds.AdvocacyOffer).DueBy);

        var lapsed = Project.Events(offered, new AdvocacyOfferAnswered(offered.OfferId, parent, Case.Referral, Project.Child, offered.Stage, AdvocacyOfferAnswers.Lapsed, D("2016-03-12")));
        Assert.Equal((false, D("2016-03-12")), (lapsed.Item(WorkKinds.AdvocacyOffer).Discharged, lapsed.Item(WorkKinds.AdvocacyOffer).ClosedOn!.Value));

        var ended = Project.Events(offered, new AdvocacyEnded(Guid.NewGuid(), parent, Guid.NewGuid(), Case.Referral, Project.Child, Utc("2016-03-07T09:00:00Z"), AdvocacyEndReasons.EpisodeEnded));
        Assert.Empty(ended.Open());
    }

    [Fact]
    public void A_family_network_offer_stays_open_until_settled_or_its_request_closes()
    {
        var request = Guid.NewGuid();
        var offered = new FamilyNetworkMeetingOffered(Guid.NewGuid(), request, Case.Referral, Project.Child, D("2016-03-10"), 2, D("2016-03-17"));
        var declined = new FamilyNetworkMeetingOfferAnswered(offered.OfferId, request, Case.Referral, Project.Child, D("2016-03-11"), "declined", false);
        var accepted = new FamilyNetworkMeetingOfferAnswered(offered.OfferId, request, Case.Referral, Project.Child, D("2016-03-12"), "accepted", true);

        Assert.Single(Project.Events(offered, declined).Open());
        Assert.Empty(Project.Events(offered, declined, accepted).Open());
        Assert.Empty(Project.Events(offered, new FamilyNetworkMeetingRequestClosed(request, Case.Referral, Project.Child, "section-47", D("2016-03-13"), "plan-ended")).Open());
        Assert.Null(Project.Events(offered with { AnswerDueBy = null }).Item(WorkKinds.FamilyNetworkOffer).DueBy);
    }

    [Fact]
    public void A_disagreement_is_due_at_each_stage_until_resolved_and_belongs_to_both_agencies()
    {
        var id = Guid.NewGuid();
        var raised = new ProfessionalDisagreementRaised(id, Project.Child, DisagreementSubjects.ReferralDecision, Case.Referral, Agencies.LocalAuthority, Agencies.Police,
            Utc("2016-03-03T09:00:00Z"), "practitioner", D("2016-03-08"));
        var escalated = new ProfessionalDisagreementEscalated(id, Project.Child, "manager", D("2016-03-09"), D("2016-03-16"));
        var resolved = new ProfessionalDisagreementResolved(id, Project.Child, "manager", D("2016-03-15"), DisagreementOutcomes.Agreed);

        var first = Assert.Single(Project.Events(raised).Open());
        Assert.Equal((D("2016-03-08"), Agencies.LocalAuthority, Case.Referral), (first.DueBy!.Value, first.Agency!, first.ReferralId!.Value));
        Assert.Equal([Agencies.LocalAuthority, Agencies.Police], first.Agencies);
        Assert.Equal(D("2016-03-16"), Assert.Single(Project.Events(raised, escalated).Open()).DueBy);
        Assert.Empty(Project.Events(resolved, escalated, raised).Open());
    }
}
