using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.PreProceedingsRecords;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>
/// CIN census 2026-27 PreProceedingsandFGDM date rules (codes.md, validator branch pre-proceedings-rules): 9005 the start in
/// the year, 9006 the letter before proceedings on or after the start, 9009 the step decision on or after the start, 9012 the
/// court application on or after the step decision.
/// </summary>
public sealed class PreProceedingsDateOrderTests
{
    [Fact]
    public void Rule_9005_the_start_is_not_after_the_census_year_being_recorded()
    {
        RuleAssert.Holds(new PreProceedingsStartIsInTheCensusYear(D("2026-11-25"), Today));
        RuleAssert.Broken(new PreProceedingsStartIsInTheCensusYear(D("2026-11-26"), Today), "startDate", RuleKind.Unprocessable);
        RuleAssert.Refuses<PreProceedingsStartIsInTheCensusYear>(() => Started("2026-11-26"), "startDate");
    }

    [Fact]
    public void Rule_9006_the_letter_before_proceedings_is_on_or_after_the_start()
    {
        RuleAssert.Holds(new LetterBeforeProceedingsIsNotBeforeTheStart(D("2026-11-02"), D("2026-11-02")));
        RuleAssert.Broken(new LetterBeforeProceedingsIsNotBeforeTheStart(D("2026-11-02"), D("2026-11-01")), "sentOn", RuleKind.Unprocessable);
        RuleAssert.Refuses<LetterBeforeProceedingsIsNotBeforeTheStart>(() => Started().RecordLetter(Letter("2026-11-01"), Today), "sentOn");
    }

    [Fact]
    public void Rule_9009_the_step_decision_is_on_or_after_the_start()
    {
        RuleAssert.Holds(new StepDecisionIsNotBeforeTheStart(D("2026-11-02"), D("2026-11-02")));
        RuleAssert.Broken(new StepDecisionIsNotBeforeTheStart(D("2026-11-02"), D("2026-11-01")), "decidedOn", RuleKind.Unprocessable);
        RuleAssert.Refuses<StepDecisionIsNotBeforeTheStart>(() => Started().Conclude(Outcome("2026-11-01", courtOn: "2026-11-03"), Today), "decidedOn");
    }

    [Fact]
    public void Rule_9012_the_court_application_is_on_or_after_the_step_decision()
    {
        RuleAssert.Holds(new CourtApplicationIsNotBeforeTheStepDecision(Outcome("2026-11-20", courtOn: "2026-11-20")));
        RuleAssert.Broken(new CourtApplicationIsNotBeforeTheStepDecision(Outcome("2026-11-20", courtOn: "2026-11-19")), "courtApplicationOn", RuleKind.Unprocessable);
        RuleAssert.Refuses<CourtApplicationIsNotBeforeTheStepDecision>(() => Started().Conclude(Outcome("2026-11-20", courtOn: "2026-11-19"), Today), "courtApplicationOn");
    }

    [Fact]
    public void The_start_follows_the_legal_planning_meeting_that_decided_on_pre_proceedings()
    {
        RuleAssert.Refuses<PreProceedingsStartIsNotBeforeTheLegalPlanningMeeting>(() => Started("2026-10-29"), "startDate");
        RuleAssert.Refuses<LegalPlanningMeetingDecidedOnPreProceedings>(() => Started(lpm: Lpm(decision: LegalPlanningDecisions.IssueProceedings)), "legalPlanningMeeting.decision");
        RuleAssert.Refuses<OnePreProceedingsAtATime>(() => Started(anotherIsOpen: true), "laChildId");
    }
}
