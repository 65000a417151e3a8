using Macpt.Enquiries.Domain;

namespace Macpt.Enquiries.Application;

public sealed record Section47EnquiryView(Guid Id, Guid StrategyDiscussionId, Guid? ReferralId, string LaChildId, string Status,
    DateOnly StrategyDiscussionDate, DateOnly S47ActualStartDate, DateOnly InitialCpcTarget, ChildSeen? ChildSeen, Section47Outcome? Outcome, DateOnly? ExpectedDateOfBirth)
{
    public static Section47EnquiryView From(Section47Enquiry e) =>
        new(e.Id, e.StrategyDiscussionId, e.ReferralId, e.LaChildId, e.Status, e.StrategyDiscussionDate, e.StartDate, e.InitialConferenceTarget, e.ChildSeen, e.Outcome,
            e.ExpectedDateOfBirth);
}
