using Macpt.Referrals.Domain.Rules;
using Macpt.Rules;
using Macpt.WorkingDays;

namespace Macpt.Referrals.Domain;

/// <summary>
/// One child's referral to children's social care: the start of a CIN episode
/// (<c>CINreferralDate</c>), decided within one working day (Working Together 2023, ch. 4).
/// </summary>
public sealed class Referral
{
    private Referral() { }

    public Guid Id { get; private init; }
    public string LaChildId { get; private init; } = "";
    public Child Child { get; private init; } = null!;
    public string ReferralSource { get; private init; } = "";
    /// <summary>Free text about the family: personal data, kept here only.</summary>
    public string Concerns { get; private init; } = "";
    public DateTimeOffset ReceivedAt { get; private init; }
    public DateTimeOffset RecordedAt { get; private init; }
    public DateOnly DecisionDueBy { get; private init; }
    public Referrer? Referrer { get; private init; }
    public string HarmContext { get; private init; } = HarmContexts.NotYetKnown;
    /// <summary>Categories of abuse suspected at referral (CIN codes NEG, PHY, EMO, SAB, MUL).</summary>
    public List<string> SuspectedCategories { get; private init; } = [];
    /// <summary>The children of one household submitted together share this id.</summary>
    public Guid? HouseholdId { get; private init; }
    /// <summary>Referred again within 12 months of <see cref="PreviousReferralId"/> (the DfE's re-referral).</summary>
    public bool IsReReferral => PreviousReferralId is not null;
    public Guid? PreviousReferralId { get; private init; }
    /// <summary>Who sent it (from the token): null only for referrals recorded before tokens named the caller.</summary>
    public Submitter? SubmittedBy { get; private init; }
    public ReferralDecision? Decision { get; private set; }
    /// <summary>PostgreSQL's xmin: two decisions racing on one referral cannot both win.</summary>
    public uint Version { get; private set; }

    public bool IsDecided => Decision is not null;

    public static Referral Receive(Guid id, string laChildId, Child child, string referralSource, string concerns,
        DateTimeOffset receivedAt, DateTimeOffset recordedAt, DateOnly decisionDueBy,
        Referrer? referrer = null, string? harmContext = null, IEnumerable<string>? suspectedCategories = null,
        Guid? householdId = null, Guid? previousReferralId = null, Submitter? submittedBy = null)
    {
        Rule.Check(new PartnerReferralIsNotBackDated(submittedBy, receivedAt, recordedAt));
        return new()
        {
            SubmittedBy = submittedBy,
            // A copy each: siblings share the referrer's details, but each referral owns its own record.
            Referrer = referrer is null ? null : referrer with { },
            HarmContext = harmContext ?? HarmContexts.NotYetKnown,
            SuspectedCategories = suspectedCategories?.Distinct().ToList() ?? [],
            HouseholdId = householdId,
            PreviousReferralId = previousReferralId,
            Id = id,
            LaChildId = laChildId,
            Child = child,
            ReferralSource = referralSource,
            Concerns = concerns,
            ReceivedAt = receivedAt,
            RecordedAt = recordedAt,
            DecisionDueBy = decisionDueBy,
        };
    }

    /// <summary>
    /// Records the decision; a referral is decided once (<see cref="ReferralIsDecidedOnce"/>), and a step-down to Family
    /// Help names its lead and handover day (<see cref="StepDownNamesTheFamilyHelpLead"/>).
    /// </summary>
    public void Decide(ReferralDecision decision)
    {
        Rule.Check(new ReferralIsDecidedOnce(this));
        if (decision.StepsDownToFamilyHelp) Rule.Check(new StepDownNamesTheFamilyHelpLead(decision.FamilyHelpLeadId, decision.HandoverDate, LondonClock.ToLondonDate(decision.DecidedAt)));
        Decision = decision;
    }
}
