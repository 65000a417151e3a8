namespace Macpt.Contracts.FamilyHelp;

/// <summary>
/// A child's case left the child protection process for Family Help (Working Together 2023, ch. 3 and 4: every
/// exit that still leaves a need is handed to Family Help, not closed). Published by the service whose decision
/// made the exit (<see cref="Exit"/>, one of <see cref="StepDownExits"/>), naming the Family Help lead (a
/// practitioner id) and the day the case is handed over. <see cref="SourceId"/> is the referral, enquiry,
/// conference or plan that ended.
/// </summary>
public sealed record SteppedDownToFamilyHelp(
    Guid SourceId,
    Guid? ReferralId,
    string LaChildId,
    string Exit,
    string FamilyHelpLeadId,
    DateOnly HandoverDate);

/// <summary>The exits from the child protection process that step a case down to Family Help.</summary>
public static class StepDownExits
{
    /// <summary>A referral decided "no further action under child protection, Family Help" (referrals).</summary>
    public const string ReferralDecision = "referral-decision";
    /// <summary>A Section 47 enquiry completed with no conference needed (enquiries).</summary>
    public const string Section47NoConference = "section-47-no-conference";
    /// <summary>An initial conference decided no plan is needed (conferences).</summary>
    public const string ConferenceNoPlan = "conference-no-plan";
    /// <summary>A child protection plan ended (conferences).</summary>
    public const string PlanEnded = "plan-ended";

    public static IReadOnlyList<string> All { get; } = [ReferralDecision, Section47NoConference, ConferenceNoPlan, PlanEnded];
}
