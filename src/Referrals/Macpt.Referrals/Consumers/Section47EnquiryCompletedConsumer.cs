using Macpt.Contracts.Enquiries;
using Macpt.Referrals.Domain;
using Macpt.Referrals.Infrastructure;

namespace Macpt.Referrals.Consumers;

public sealed class Section47EnquiryCompletedConsumer(ReferralsDbContext db, TimeProvider time) : OnwardStepConsumer<Section47EnquiryCompleted>(db, time)
{
    protected override (Guid?, string, Guid, DateOnly, string?, DateOnly?) StepOf(Section47EnquiryCompleted m) =>
        (m.ReferralId, OnwardStages.Section47Completed, m.EnquiryId, m.CompletedOn, m.Outcome, m.InitialConferenceTargetDate);
}
