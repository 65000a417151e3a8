namespace Macpt.Reporting.Domain;

/// <summary>A referral as the timeliness measures see it: received, due, decided, a re-referral or not.</summary>
public sealed class ReferralFact
{
    public string LaChildId { get; set; } = "";
    public Guid ReferralId { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    public DateOnly? DecisionDueBy { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public bool IsReReferral { get; set; }
}
