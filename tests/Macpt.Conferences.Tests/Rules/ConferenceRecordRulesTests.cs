using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Rules;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests.Rules;

/// <summary>The record: after the conference, finalised once by the chair on or after its day, then distributed once on or after that.</summary>
public sealed class ConferenceRecordRulesTests
{
    private static ChildProtectionConference Held()
    {
        var c = ArrangedInitial();
        c.HoldInitial(Outcome("2026-11-30", planRequired: false), null, Calendar);
        return c;
    }

    [Fact]
    public void The_record_follows_the_conference()
    {
        RuleAssert.Broken(new RecordFollowsTheConference(ArrangedInitial()), "finalisedOn", RuleKind.Conflict);
        RuleAssert.Holds(new RecordFollowsTheConference(Held()));
    }

    [Fact]
    public void The_chair_finalises_it_once_on_or_after_the_day()
    {
        var c = Held();
        RuleAssert.Holds(new RecordIsFinalisedByTheChair(c, "LCPP-CHAIR"));
        RuleAssert.Broken(new RecordIsFinalisedByTheChair(c, "sw-01"), "finalisedBy", RuleKind.Unprocessable);
        RuleAssert.Holds(new RecordIsFinalisedOnOrAfterTheConference(c, D("2026-11-30")));
        RuleAssert.Broken(new RecordIsFinalisedOnOrAfterTheConference(c, D("2026-11-29")), "finalisedOn", RuleKind.Unprocessable);
        RuleAssert.Holds(new RecordIsFinalisedOnce(c));
        c.FinaliseRecord(Chair, D("2026-12-01"));
        RuleAssert.Broken(new RecordIsFinalisedOnce(c), "finalisedBy", RuleKind.Conflict);
    }

    [Fact]
    public void It_is_distributed_once_after_finalising_on_or_after_that_day()
    {
        var c = Held();
        RuleAssert.Broken(new RecordIsFinalisedBeforeDistribution(c), "distributedTo", RuleKind.Conflict);
        c.FinaliseRecord(Chair, D("2026-12-01"));
        RuleAssert.Holds(new RecordIsFinalisedBeforeDistribution(c));
        RuleAssert.Broken(new RecordIsDistributedOnOrAfterFinalising(c, D("2026-11-30")), "distributedOn", RuleKind.Unprocessable);
        RuleAssert.Holds(new RecordIsDistributedOnOrAfterFinalising(c, D("2026-12-01")));
        RuleAssert.Holds(new RecordIsDistributedOnce(c));
        c.DistributeRecord(["p1"], D("2026-12-02"));
        RuleAssert.Broken(new RecordIsDistributedOnce(c), "distributedTo", RuleKind.Conflict);
    }
}
