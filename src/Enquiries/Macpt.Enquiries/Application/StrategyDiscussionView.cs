using Macpt.Enquiries.Domain;

namespace Macpt.Enquiries.Application;

/// <summary>A discussion as practitioners see it; the concern behind a direct one is shown, never logged.</summary>
public sealed record StrategyDiscussionView(Guid Id, Guid? ReferralId, string LaChildId, string Urgency, string Status, string Source, string? RequestedBy,
    string? Concern, DateTimeOffset RequestedAt, DateOnly DueBy, DateTimeOffset? ScheduledFor, string? ChairId, IReadOnlyList<Attendee> Attendees,
    IReadOnlyList<Guid> DiscussedWith, StrategyDiscussionOutcome? Outcome, DateOnly? ExpectedDateOfBirth, Guid? Section47EnquiryId, bool JoinedOpenEnquiry)
{
    public static StrategyDiscussionView From(StrategyDiscussion s, IReadOnlyList<Guid> discussedWith) =>
        new(s.Id, s.ReferralId, s.LaChildId, s.Urgency, s.Status, s.Source, s.RequestedBy, s.Concern, s.RequestedAt, s.DueBy, s.ScheduledFor, s.ChairId,
            s.Attendees, discussedWith, s.Outcome, s.ExpectedDateOfBirth, s.Section47EnquiryId, s.JoinedOpenEnquiry);
}
