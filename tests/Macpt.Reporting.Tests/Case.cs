using Macpt.Contracts;
using Macpt.Contracts.Conferences;
using Macpt.Contracts.Enquiries;
using Macpt.Contracts.Referrals;

namespace Macpt.Reporting.Tests;

/// <summary>One child's case through referrals, enquiries and conferences in spring 2016, as the services publish it.</summary>
internal static class Case
{
    public static readonly Guid Referral = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid Discussion = Guid.Parse("00000000-0000-0000-0000-0000000000b1");
    public static readonly Guid Enquiry = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    public static readonly Guid HealthCheck = Guid.Parse("00000000-0000-0000-0000-0000000000d1");
    public static readonly Guid EducationCheck = Guid.Parse("00000000-0000-0000-0000-0000000000d2");
    public static readonly Guid Conference = Guid.Parse("00000000-0000-0000-0000-0000000000e1");
    public static readonly Guid Review = Guid.Parse("00000000-0000-0000-0000-0000000000e2");
    public static readonly Guid Plan = Guid.Parse("00000000-0000-0000-0000-0000000000f1");
    public static readonly Guid CoreGroup = Guid.Parse("00000000-0000-0000-0000-0000000000f2");
    private const string Child = Project.Child;

    public static readonly ReferralReceived Received = new(Referral, Child, Utc("2016-03-01T09:00:00Z"), D("2016-03-02"), "1A", false, ReferrerAgency: Agencies.Police);
    public static readonly ReferralDecided Decided = new(Referral, Child, ReferralDecisionTypes.StrategyDiscussion, Utc("2016-03-02T10:00:00Z"), "lcpp-1", Utc("2016-03-01T09:00:00Z"));
    public static readonly StrategyDiscussionRequested DiscussionRequested = new(Discussion, Referral, Child, "urgent", Utc("2016-03-02T10:05:00Z"), D("2016-03-03"));
    public static readonly StrategyDiscussionHeld DiscussionHeld = new(Discussion, Referral, Child, D("2016-03-03"), true, DueBy: D("2016-03-03"),
        Agencies: [Agencies.LocalAuthority, Agencies.Police, Agencies.Health]);
    public static readonly Section47EnquiryStarted EnquiryStarted = new(Enquiry, Referral, Child, D("2016-03-03"), D("2016-03-24"), Discussion, D("2016-03-03"));
    public static readonly AgencyCheckRequested HealthAsked = new(HealthCheck, Enquiry, Referral, Child, Agencies.Health, D("2016-03-04"), D("2016-03-09"), Agencies.HealthServices.Gp);
    public static readonly AgencyCheckAnswered HealthAnswered = new(HealthCheck, Enquiry, Referral, Child, Agencies.Health, Utc("2016-03-08T12:00:00Z"), false);
    public static readonly AgencyCheckRequested EducationAsked = new(EducationCheck, Enquiry, Referral, Child, Agencies.Education, D("2016-03-04"), D("2016-03-09"));
    public static readonly Section47EnquiryCompleted EnquiryCompleted = new(Enquiry, Referral, Child, D("2016-03-14"), Section47Outcomes.ConferenceRequired, true, D("2016-03-24"));
    public static readonly InitialConferenceScheduled Scheduled = new(Conference, Enquiry, Referral, Child, D("2016-03-22"), D("2016-03-24"), false, false);
    public static readonly ConferenceHeld Held = new(Conference, Referral, Child, D("2016-03-22"), ConferenceKinds.Initial, true, D("2016-03-24"), [Agencies.LocalAuthority, Agencies.Education]);
    public static readonly ChildProtectionPlanStarted PlanStarted = new(Plan, Referral, Child, D("2016-03-22"), "NEG", D("2016-04-07"), D("2016-06-22"), 0, [Agencies.Health]);
    public static readonly CoreGroupHeld CoreGroupMet = new(CoreGroup, Plan, Referral, Child, D("2016-04-05"), D("2016-04-07"), D("2016-05-17"), [Agencies.Health]);
    public static readonly ChildProtectionPlanReviewed Reviewed = new(Plan, Review, Referral, Child, D("2016-06-20"), "NEG", true, D("2016-12-20"), D("2016-06-22"));
    public static readonly ChildProtectionPlanEnded PlanEnded = new(Plan, Referral, Child, D("2016-10-03"), "RC1", D("2016-03-22"));

    public static object[] All =>
    [
        Received, Decided, DiscussionRequested, DiscussionHeld, EnquiryStarted, HealthAsked, HealthAnswered, EducationAsked, EnquiryCompleted,
        Scheduled, Held, PlanStarted, CoreGroupMet, Reviewed, PlanEnded,
    ];
}
