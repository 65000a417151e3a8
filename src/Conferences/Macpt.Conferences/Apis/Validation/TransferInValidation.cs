using Macpt.ServiceDefaults.Validation;

namespace Macpt.Conferences.Apis.Validation;

/// <summary>The shape of a transfer-in notification: the child, the day notified (not in the future), the authority, the plan's start there.</summary>
public static class TransferInValidation
{
    public const int MaxAuthorityLength = 200;

    public static RequestErrors Check(TransferInRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.LaChild("laChildId", r.LaChildId);
        errors.OptionalId("referralId", r.ReferralId);
        errors.PastDate("notifiedOn", r.NotifiedOn, today);
        errors.Text("fromAuthority", r.FromAuthority, MaxAuthorityLength);
        errors.OptionalPastDate("previousPlanStartDate", r.PreviousPlanStartDate, today);
        if (errors.IsValid && r.PreviousPlanStartDate > r.NotifiedOn) errors.Add("previousPlanStartDate", "The plan there started on or before the notification.");
        return errors;
    }
}
