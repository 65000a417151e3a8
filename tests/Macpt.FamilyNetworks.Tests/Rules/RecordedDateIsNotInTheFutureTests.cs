using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>What has happened is dated today or earlier.</summary>
public sealed class RecordedDateIsNotInTheFutureTests
{
    [Theory]
    [InlineData("2026-11-24")]
    [InlineData("2026-11-25")]
    public void Today_or_earlier_holds(string date) => RuleAssert.Holds(new RecordedDateIsNotInTheFuture("heldOn", D(date), Today));

    [Fact]
    public void Tomorrow_is_refused_on_the_field_it_judges() =>
        RuleAssert.Broken(new RecordedDateIsNotInTheFuture("heldOn", D("2026-11-26"), Today), "heldOn", RuleKind.Unprocessable);
}
