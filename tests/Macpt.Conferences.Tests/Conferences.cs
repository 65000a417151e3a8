using Macpt.Conferences.Domain;
using Macpt.Contracts;

namespace Macpt.Conferences.Tests;

/// <summary>Builds domain objects for the tests: a conference on Monday 30 November 2026 unless said otherwise.</summary>
internal static class Conferences
{
    public static readonly DateTimeOffset Now = Instant("2026-11-30T16:00:00Z");
    public static readonly CaseTeam Team = new("sw-01", "tm-02", "lcpp-03", "lcpp-03", Now);
    public const string Chair = "lcpp-chair";

    public static ChildProtectionConference NewInitial(string target = "2026-11-30", bool withTeam = true)
    {
        var c = ChildProtectionConference.Initial(Guid.NewGuid(), Guid.NewGuid(), null, "C1", false, D(target), Now);
        if (withTeam) c.RecordCaseTeam(Team);
        return c;
    }

    public static ConferenceArrangements Arrangements(string date = "2026-11-30", string chair = Chair, string? lateReason = null) =>
        new(D(date), ConferenceModes.Online, null, chair, [new Invitee(InviteeKinds.Parent, "p1", null)], false, lateReason, "lcpp-03", Now);

    public static ChildProtectionConference ArrangedInitial(string date = "2026-11-30", string target = "2026-11-30")
    {
        var c = NewInitial(target);
        c.Arrange(Arrangements(date, lateReason: D(date) > D(target) ? "reason" : null), Calendar);
        return c;
    }

    public static ConferenceOutcome Outcome(string heldOn, bool planRequired = true) => new(D(heldOn),
        [new Attendance("p1", "Mother", null, AttendanceStatuses.Attended)],
        [new AgencyView(Agencies.Police, "pol-1", true, "Risk remains.")], [], new ChildsViews("Views.", ChildsViewsMethods.Observation, null), [],
        planRequired, "Reasons.", [], Chair, Now);

    public static PlanDecision Decision(string category = "NEG", string firstCoreGroupOn = "2026-12-10", string firstReviewOn = "2027-02-26") => new(category,
        new OutlinePlan([new PlanOutcome("Safe at home.")], [new PlanAction("Visits.", Agencies.FamilyHelp, D("2027-01-31"))]),
        [new CoreGroupMember("fh-1", Agencies.FamilyHelp, CoreGroupRoles.FamilyHelpLead, true), new CoreGroupMember("lcpp-03", Agencies.LocalAuthority, CoreGroupRoles.Lcpp, false)],
        D(firstCoreGroupOn), D(firstReviewOn));

    /// <summary>A plan started by an initial conference on Monday 30 November 2026.</summary>
    public static ChildProtectionPlan StartedPlan()
    {
        var conference = ArrangedInitial();
        conference.HoldInitial(Outcome("2026-11-30"), Decision(), Calendar);
        return ChildProtectionPlan.Start(Guid.NewGuid(), conference, [], Calendar, Now);
    }

    public static PlanEndDecision SteppedDown => new(PlanEndReasons.NoLongerAtRisk, true, "fh-1");

    public static CoreGroupMeeting Meeting(string heldOn) => new(Guid.NewGuid(), D(heldOn), [new Recipient("fh-1")], "fh-1", Now);
}
