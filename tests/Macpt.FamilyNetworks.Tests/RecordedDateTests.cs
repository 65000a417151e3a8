using Macpt.FamilyNetworks.Domain.Rules;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>What has happened is dated today or earlier.</summary>
public sealed class RecordedDateTests
{
    [Theory]
    [InlineData("2026-11-24", false)]
    [InlineData("2026-11-25", false)]
    [InlineData("2026-11-26", true)]
    public void Only_a_date_after_today_is_refused(string date, bool refused)
    {
        var breach = RecordedDate.NotInFuture("heldOn", D(date), D("2026-11-25"));
        if (refused) RuleAssert.Broken(breach, "heldOn"); else Assert.Null(breach);
    }
}
