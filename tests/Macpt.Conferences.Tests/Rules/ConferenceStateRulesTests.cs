using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Rules;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests.Rules;

/// <summary>The rules that follow a conference's life: arranged before held, held once on its date, not arranged once cancelled.</summary>
public sealed class ConferenceStateRulesTests
{
    [Fact]
    public void A_held_conference_is_settled()
    {
        var c = ArrangedInitial();
        RuleAssert.Holds(new HeldConferenceIsSettled(c, "date"));
        c.HoldInitial(Outcome("2026-11-30", planRequired: false), null, Calendar);
        RuleAssert.Broken(new HeldConferenceIsSettled(c, "date"), "date", RuleKind.Conflict);
    }

    [Fact]
    public void A_cancelled_conference_is_not_arranged()
    {
        var c = NewInitial();
        RuleAssert.Holds(new CancelledConferenceIsNotArranged(c));
        c.Cancel();
        RuleAssert.Broken(new CancelledConferenceIsNotArranged(c), "date", RuleKind.Conflict);
    }

    [Fact]
    public void A_conference_is_arranged_before_it_is_held()
    {
        RuleAssert.Broken(new ConferenceIsArrangedBeforeItIsHeld(NewInitial()), "heldOn", RuleKind.Conflict);
        RuleAssert.Holds(new ConferenceIsArrangedBeforeItIsHeld(ArrangedInitial()));
    }

    [Fact]
    public void A_conference_is_held_on_its_arranged_date()
    {
        RuleAssert.Holds(new ConferenceIsHeldOnItsArrangedDate(ArrangedInitial("2026-11-30"), D("2026-11-30")));
        RuleAssert.Broken(new ConferenceIsHeldOnItsArrangedDate(ArrangedInitial("2026-11-30"), D("2026-11-27")), "heldOn", RuleKind.Unprocessable);
    }

    [Fact]
    public void A_plan_starts_from_a_held_initial_conference_that_decided_it()
    {
        var c = ArrangedInitial();
        RuleAssert.Broken(new PlanStartsAtItsInitialConference(c), "planRequired", RuleKind.Conflict);
        c.HoldInitial(Outcome("2026-11-30"), Decision(), Calendar);
        RuleAssert.Holds(new PlanStartsAtItsInitialConference(c));
    }
}
