using Macpt.Contracts.Enquiries;
using Macpt.Referrals.Domain;
using Macpt.Referrals.Infrastructure;

namespace Macpt.Referrals.Consumers;

public sealed class Section47EnquiryStartedConsumer(ReferralsDbContext db, TimeProvider time) : OnwardStepConsumer<Section47EnquiryStarted>(db, time)
{
    protected override (Guid?, string, Guid, DateOnly, string?, DateOnly?) StepOf(Section47EnquiryStarted m) =>
        (m.ReferralId, OnwardStages.Section47Started, m.EnquiryId, m.StartDate, null, m.InitialConferenceTargetDate);
}
