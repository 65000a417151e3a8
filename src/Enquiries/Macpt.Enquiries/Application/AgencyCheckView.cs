using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Timescales;

namespace Macpt.Enquiries.Application;

public sealed record AgencyCheckView(Guid Id, Guid EnquiryId, Guid? ReferralId, string LaChildId, string Agency, string Status, string Question,
    string RequestedBy, DateTimeOffset RequestedAt, DateOnly DueOn, bool Late, string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAt, string? Service)
{
    public static AgencyCheckView From(AgencyCheck c, DateOnly today) =>
        new(c.Id, c.EnquiryId, c.ReferralId, c.LaChildId, c.Agency, AgencyCheckTimeliness.StatusOf(c, today), c.Question, c.RequestedBy,
            c.RequestedAt, c.DueOn, AgencyCheckTimeliness.IsLate(c.DueOn, c.AnsweredOn, today), c.Answer, c.AnsweredBy, c.AnsweredAt, c.Service);
}
