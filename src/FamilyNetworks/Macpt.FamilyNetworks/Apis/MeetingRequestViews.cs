using Macpt.FamilyNetworks.Domain;

namespace Macpt.FamilyNetworks.Apis;

/// <summary>A request and what followed from it. Names of the family and network are here for practitioners, never in events.</summary>
public sealed record MeetingRequestView(
    Guid Id, string LaChildId, string Stage, Guid? ReferralId, string Source, Guid? SourceId, string? RequestedBy,
    DateTimeOffset RequestedAt, DateOnly? NeededBy, string Status, FamilyNetworkOffer? Offer, IReadOnlyList<OfferAnswer> Answers,
    Coordinator? Coordinator, DateOnly? ScheduledFor, MeetingView? Meeting, Guid? FamilyPlanId, RequestClosure? Closure)
{
    public static MeetingRequestView From(FamilyNetworkMeetingRequest r, Guid? planId = null) => new(
        r.Id, r.LaChildId, r.Stage, r.ReferralId, r.Source, r.SourceId, r.RequestedBy, r.RequestedAt, r.NeededBy, r.Status,
        r.Offer, r.Answers, r.Coordinator, r.ScheduledFor, r.Meeting is { } m ? MeetingView.From(m) : null, planId, r.Closure);
}

public sealed record MeetingView(Guid MeetingId, DateOnly HeldOn, int NetworkMembersPresent, IReadOnlyList<NetworkMember> NetworkMembers,
    ChildParticipation ChildParticipation, bool PrivateFamilyTime, string CoordinatorId, string RecordedBy)
{
    public static MeetingView From(FamilyNetworkMeeting m) =>
        new(m.MeetingId, m.HeldOn, m.MembersPresent, m.NetworkMembers, m.ChildParticipation, m.PrivateFamilyTime, m.CoordinatorId, m.RecordedBy);
}

public sealed record FamilyPlanView(
    Guid Id, Guid RequestId, Guid MeetingId, Guid? ReferralId, string LaChildId, string Status, int Version, DateOnly AgreedOn,
    IReadOnlyList<Safeguard> Safeguards, bool LocalAuthorityAgrees, string LocalAuthorityDecisionBy, DateOnly ReviewDue, bool ReviewIsDue,
    IReadOnlyList<FamilyPlanVersion> EarlierVersions, IReadOnlyList<FamilyPlanReview> Reviews, FamilyPlanEnding? Ending)
{
    public static FamilyPlanView From(FamilyPlan p, DateOnly today) => new(
        p.Id, p.RequestId, p.MeetingId, p.ReferralId, p.LaChildId, p.Status, p.Version, p.AgreedOn, p.Safeguards, p.LocalAuthorityAgrees,
        p.LocalAuthorityDecisionBy, p.ReviewDue, p.Status == FamilyPlanStatus.Active && Domain.Timescales.PlanReviewDue.IsDue(p.ReviewDue, today),
        p.EarlierVersions, p.Reviews, p.Ending);
}
