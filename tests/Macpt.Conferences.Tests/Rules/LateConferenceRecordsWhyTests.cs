using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Rules;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests.Rules;

/// <summary>A date after the target is allowed but counted late, and needs a recorded reason.</summary>
public sealed class LateConferenceRecordsWhyTests
{
    [Theory]
    [InlineData("2026-11-27")]
    [InlineData("2026-11-30")] // on the target day: on time
    public void On_or_before_the_target_needs_no_reason(string date) => RuleAssert.Holds(new LateConferenceRecordsWhy(D(date), D("2026-11-30"), null));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_day_after_the_target_needs_a_reason(string? reason) =>
        RuleAssert.Broken(new LateConferenceRecordsWhy(D("2026-12-01"), D("2026-11-30"), reason), "lateReason", RuleKind.Unprocessable);

    [Fact]
    public void A_late_date_with_its_reason_is_accepted() =>
        RuleAssert.Holds(new LateConferenceRecordsWhy(D("2026-12-01"), D("2026-11-30"), "Police officer in court."));
}
