using Macpt.Reporting.Domain;
using Macpt.Reporting.Domain.Measures;

namespace Macpt.Reporting.Tests;

/// <summary>Facts for the measure tests, over the census year 2016-17.</summary>
internal static class Facts
{
    public static readonly ReportingPeriod Year = new(D("2016-04-01"), D("2017-03-31"));
    public static readonly DateOnly Today = D("2017-04-10");

    public static TimelinessFacts Of(IEnumerable<ReferralFact>? referrals = null, IEnumerable<InitialConferenceFact>? conferences = null,
        IEnumerable<ReviewFact>? reviews = null, IEnumerable<PlanFact>? plans = null) =>
        new([.. referrals ?? []], [.. conferences ?? []], [.. reviews ?? []], [.. plans ?? []]);

    public static ReferralFact Referral(string received, string due, string? decided, bool reReferral = false) =>
        new() { ReferralId = Guid.NewGuid(), ReceivedOn = D(received), DecisionDueBy = D(due), DecidedOn = decided is null ? null : D(decided), IsReReferral = reReferral };

    public static InitialConferenceFact Conference(string held, string? started, string? target) =>
        new() { ConferenceId = Guid.NewGuid(), HeldOn = D(held), Section47StartedOn = started is null ? null : D(started), TargetDate = target is null ? null : D(target) };

    public static PlanFact Plan(string? start, string? end, int previous = 0, bool earlier = false) =>
        new() { PlanId = Guid.NewGuid(), StartDate = start is null ? null : D(start), EndDate = end is null ? null : D(end), PreviousPlans = previous, EarlierPlanKnown = earlier };
}
