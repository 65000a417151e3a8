using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>A meeting (accepted 18 November) is dated on or after the acceptance, even in the future.</summary>
public sealed class MeetingIsNotDatedBeforeTheAcceptanceTests
{
    [Theory]
    [InlineData("2026-11-18")]
    [InlineData("2027-01-10")]
    public void A_date_from_the_acceptance_holds(string date) =>
        RuleAssert.Holds(new MeetingIsNotDatedBeforeTheAcceptance(Answered(true, "2026-11-18"), D(date)));

    [Fact]
    public void A_date_before_the_acceptance_is_refused() =>
        RuleAssert.Broken(new MeetingIsNotDatedBeforeTheAcceptance(Answered(true, "2026-11-18"), D("2026-11-17")), "scheduledFor", RuleKind.Unprocessable);

    [Fact]
    public void The_request_refuses_a_date_before_the_acceptance_and_sets_a_later_one()
    {
        RuleAssert.Refuses<MeetingIsNotDatedBeforeTheAcceptance>(() => Answered(true, "2026-11-18").Schedule(D("2026-11-17")), "scheduledFor");
        var request = Answered(true, "2026-11-18");
        request.Schedule(D("2027-01-10"));
        Assert.Equal(D("2027-01-10"), request.ScheduledFor);
    }
}
