using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.PreProceedingsRecords;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>
/// Public Law Outline 2014 (PD12A): one initial pre-proceedings meeting then reviews; the outcome once, a court application
/// only when proceedings are issued; and the census 2026-27 PreProceedingsandFGDM block derived from the record.
/// </summary>
public sealed class PreProceedingsCourseTests
{
    [Fact]
    public void One_initial_meeting_then_reviews_after_it()
    {
        var p = Started();
        RuleAssert.Refuses<InitialPreProceedingsMeetingComesFirst>(() => p.RecordMeeting(Meeting("2026-11-05", PreProceedingsMeetingKinds.Review), Today), "kind");
        RuleAssert.Refuses<PreProceedingsMeetingIsNotBeforeTheStart>(() => p.RecordMeeting(Meeting("2026-11-01"), Today), "heldOn");
        p.RecordMeeting(Meeting("2026-11-06"), Today);
        var second = Assert.Throws<RuleBrokenException>(() => p.RecordMeeting(Meeting("2026-11-07"), Today));
        Assert.Equal(("kind", RuleKind.Conflict), (second.Field, second.Kind));
        RuleAssert.Refuses<InitialPreProceedingsMeetingComesFirst>(() => p.RecordMeeting(Meeting("2026-11-05", PreProceedingsMeetingKinds.Review), Today), "heldOn");
        p.RecordMeeting(Meeting("2026-11-13", PreProceedingsMeetingKinds.Review), Today);
        p.RecordMeeting(Meeting("2026-11-20", PreProceedingsMeetingKinds.Review), Today);
        Assert.Equal(D("2026-11-06"), p.InitialMeetingOn);
        Assert.Equal(2, p.ReviewMeetings);
    }

    [Fact]
    public void A_court_application_only_and_always_when_proceedings_are_issued()
    {
        RuleAssert.Broken(new CourtApplicationIsMadeWhenProceedingsAreIssued(Outcome(courtOn: null)), "courtApplicationOn", RuleKind.Unprocessable);
        RuleAssert.Broken(new CourtApplicationIsMadeWhenProceedingsAreIssued(Outcome(outcome: PreProceedingsOutcomes.SteppedDown)), "courtApplicationOn");
        RuleAssert.Broken(new CourtApplicationIsMadeWhenProceedingsAreIssued(Outcome(outcome: PreProceedingsOutcomes.SteppedDown, courtOn: null, letterOfIssueOn: "2026-11-20")), "letterOfIssueOn");
        RuleAssert.Holds(new CourtApplicationIsMadeWhenProceedingsAreIssued(Outcome(outcome: PreProceedingsOutcomes.SteppedDown, courtOn: null)));
    }

    [Fact]
    public void The_outcome_is_recorded_once_and_closes_the_record()
    {
        var p = Started();
        p.Conclude(Outcome(), Today);
        Assert.Equal(PreProceedingsStatus.Concluded, p.Status);
        Assert.Equal(D("2026-11-20"), p.ConcludedOn);
        RuleAssert.Refuses<ConcludedPreProceedingsIsNotChanged>(() => p.Conclude(Outcome(), Today), "status");
        RuleAssert.Refuses<ConcludedPreProceedingsIsNotChanged>(() => p.RecordLetter(Letter(), Today), "status");
        RuleAssert.Refuses<ConcludedPreProceedingsIsNotChanged>(() => p.RecordMeeting(Meeting("2026-11-21"), Today), "status");
    }

    [Fact]
    public void The_census_block_is_derived_from_the_record()
    {
        var p = Started();
        var options = new PreProceedingsOptions();
        var opened = PreProceedingsCensus.Derive(p, fgdmMeetingHeld: false, options);
        Assert.Equal(new CensusBlock(D("2026-11-02"), null, null, null, null, 0, null, null, null, null), opened);

        p.RecordLetter(Letter("2026-11-03", offered: true), Today);
        p.RecordMeeting(Meeting("2026-11-06"), Today);
        p.RecordMeeting(Meeting("2026-11-13", PreProceedingsMeetingKinds.Review), Today);
        p.Conclude(Outcome("2026-11-20", courtOn: "2026-11-24", letterOfIssueOn: "2026-11-21"), Today);
        var block = PreProceedingsCensus.Derive(p, fgdmMeetingHeld: true, options);
        Assert.Equal(new CensusBlock(D("2026-11-02"), D("2026-11-03"), true, true, D("2026-11-06"), 1, D("2026-11-20"), "A", D("2026-11-24"), D("2026-11-21")), block);

        // Facilitated only when offered (9010Q); the outcome code is the configured one.
        var notOffered = Started();
        notOffered.RecordLetter(Letter(offered: false), Today);
        Assert.False(PreProceedingsCensus.Derive(notOffered, fgdmMeetingHeld: true, options).FGDMMeetingFac);
        notOffered.Conclude(Outcome(outcome: PreProceedingsOutcomes.SteppedDown, courtOn: null), Today);
        options.OutcomeCodes[PreProceedingsOutcomes.SteppedDown] = "C";
        Assert.Equal("C", PreProceedingsCensus.Derive(notOffered, false, options).PPOutcome);
    }
}
