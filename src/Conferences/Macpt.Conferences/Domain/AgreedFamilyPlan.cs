namespace Macpt.Conferences.Domain;

/// <summary>
/// This service's projection of a family plan agreed by the child's family network (from the family
/// networks service's <c>FamilyPlanAgreed</c>): the conference sees that a plan exists, whether the local
/// authority agrees it and when it is reviewed. Its content stays in family networks.
/// </summary>
public sealed class AgreedFamilyPlan
{
    private AgreedFamilyPlan() { }

    public Guid FamilyPlanId { get; private init; }
    public Guid MeetingId { get; private set; }
    public Guid? ReferralId { get; private set; }
    public string LaChildId { get; private init; } = "";
    public DateOnly AgreedOn { get; private set; }
    public int Safeguards { get; private set; }
    public bool LocalAuthorityAgrees { get; private set; }
    public DateOnly? ReviewDue { get; private set; }
    public int PlanVersion { get; private set; }

    public static AgreedFamilyPlan From(Guid familyPlanId, Guid meetingId, Guid? referralId, string laChildId, DateOnly agreedOn,
        int safeguards, bool localAuthorityAgrees, DateOnly? reviewDue, int version) => new()
        {
            FamilyPlanId = familyPlanId,
            MeetingId = meetingId,
            ReferralId = referralId,
            LaChildId = laChildId,
            AgreedOn = agreedOn,
            Safeguards = safeguards,
            LocalAuthorityAgrees = localAuthorityAgrees,
            ReviewDue = reviewDue,
            PlanVersion = version,
        };

    /// <summary>A revision replaces what is held; an older version arriving late is ignored.</summary>
    public void Revise(AgreedFamilyPlan newer)
    {
        if (newer.PlanVersion <= PlanVersion) return;
        MeetingId = newer.MeetingId;
        ReferralId = newer.ReferralId;
        AgreedOn = newer.AgreedOn;
        Safeguards = newer.Safeguards;
        LocalAuthorityAgrees = newer.LocalAuthorityAgrees;
        ReviewDue = newer.ReviewDue;
        PlanVersion = newer.PlanVersion;
    }
}
