namespace Macpt.Contracts.Conferences;

/// <summary>
/// A core group met under a plan. <see cref="DueBy"/> is when it was due (the first within 10 working days of the
/// ICPC, later ones at the local cadence); <see cref="NextDueBy"/> is when the next is due.
/// </summary>
public sealed record CoreGroupHeld(
    Guid MeetingId,
    Guid PlanId,
    Guid? ReferralId,
    string LaChildId,
    DateOnly HeldOn,
    DateOnly? DueBy,
    DateOnly? NextDueBy,
    IReadOnlyList<string> Agencies);
