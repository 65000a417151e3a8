using Macpt.Rules;
using Macpt.Testing;

namespace Macpt.BuildingBlocks.Tests;

/// <summary>The rule contract: a broken rule raises one exception carrying its name, field, message and kind.</summary>
public sealed class RuleContractTests
{
    private sealed class DecidedOnce(bool decided) : BusinessRule("decision", RuleKind.Conflict)
    {
        public override bool IsBroken() => decided;
        public override string Message => "Decided once.";
    }

    private sealed class NotOnAWeekend(DayOfWeek day) : BusinessRule("heldOn")
    {
        public override bool IsBroken() => day is DayOfWeek.Saturday or DayOfWeek.Sunday;
        public override string Message => "Not on a weekend.";
    }

    [Fact]
    public void A_rule_that_holds_lets_the_change_go_ahead() => Rule.Check(new DecidedOnce(false));

    [Fact]
    public void A_broken_rule_raises_with_its_name_field_message_and_kind()
    {
        var e = RuleAssert.Refuses<DecidedOnce>(() => Rule.Check(new DecidedOnce(true)), "decision");
        Assert.Equal(RuleKind.Conflict, e.Kind);
        Assert.Equal("Decided once.", e.Message);
    }

    [Fact]
    public void Rules_are_checked_in_order_and_the_first_broken_one_answers()
    {
        var e = Assert.Throws<RuleBrokenException>(() => Rule.Check(new NotOnAWeekend(DayOfWeek.Monday), new NotOnAWeekend(DayOfWeek.Sunday), new DecidedOnce(true)));
        Assert.Equal(nameof(NotOnAWeekend), e.RuleName);
        Assert.Equal(RuleKind.Unprocessable, e.Kind);
    }

    [Fact]
    public void The_assertions_tell_broken_from_holding()
    {
        RuleAssert.Broken(new NotOnAWeekend(DayOfWeek.Saturday), "heldOn", RuleKind.Unprocessable);
        RuleAssert.Holds(new NotOnAWeekend(DayOfWeek.Friday));
    }
}
