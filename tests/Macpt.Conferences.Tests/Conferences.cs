using Macpt.Conferences.Domain;

namespace Macpt.Conferences.Tests;

/// <summary>Builds domain objects for the tests.</summary>
internal static class Conferences
{
    public static readonly DateTimeOffset Now = Instant("2026-11-30T16:00:00Z");
    public static readonly CaseTeam Team = new("sw-01", "tm-02", "lcpp-03", "lcpp-03", Now);

    public static ChildProtectionConference ArrangedInitial(string date = "2026-11-30", string target = "2026-11-30")
    {
        var c = ChildProtectionConference.Initial(Guid.NewGuid(), Guid.NewGuid(), null, "C1", false, D(target), Now);
        c.RecordCaseTeam(Team);
        c.Arrange(new ConferenceArrangements(D(date), ConferenceModes.Online, null, "lcpp-chair", [new Invitee(InviteeKinds.Parent, "p1", null)],
            D(date) > D(target), D(date) > D(target) ? "reason" : null, "lcpp-03", Now));
        return c;
    }

    public static ConferenceOutcome Outcome(string heldOn, bool planRequired = true) => new(D(heldOn),
        [new Attendance("p1", "Mother", null, AttendanceStatuses.Attended)],
        [new AgencyView(Agencies.Police, "pol-1", true, "Risk remains.")], [], new ChildsViews("Views.", ChildsViewsMethods.Observation, null), [],
        planRequired, "Reasons.", [], "lcpp-chair", Now);

    public static PlanDecision Decision(string category = "NEG") => new(category,
        new OutlinePlan([new PlanOutcome("Safe at home.")], [new PlanAction("Visits.", Agencies.FamilyHelp, D("2027-01-31"))]),
        [new CoreGroupMember("fh-1", Agencies.FamilyHelp, CoreGroupRoles.FamilyHelpLead, true), new CoreGroupMember("lcpp-03", Agencies.LocalAuthority, CoreGroupRoles.Lcpp, false)],
        D("2026-12-10"), D("2027-02-26"));

    public static ChildProtectionPlan StartedPlan(string icpc = "2026-11-30")
    {
        var conference = ArrangedInitial(icpc, icpc);
        var decision = Decision();
        conference.Hold(Outcome(icpc), decision, null);
        return ChildProtectionPlan.Start(Guid.NewGuid(), conference, decision, "lcpp-03", 0, D("2027-02-28"), D("2026-12-14"), Now);
    }

    public static PlanEnding Ending(string date) =>
        new(D(date), PlanEndReasons.NoLongerAtRisk, true, "fh-1", "lcpp-03", D(date), null, "lcpp-03", Now);
}
