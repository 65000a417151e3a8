namespace Macpt.Contracts.Referrals;

/// <summary>
/// The MACPT decided what a referral needs (one of <see cref="ReferralDecisionTypes"/>).
/// The reason stays in the referrals service: it is free text about a family. <see cref="ExpectedDateOfBirth"/> is set
/// when the child is unborn (no date of birth yet): the enquiries and a pre-birth conference follow from it.
/// </summary>
public sealed record ReferralDecided(
    Guid ReferralId,
    string LaChildId,
    string Decision,
    DateTimeOffset DecidedAt,
    string DecidedBy,
    DateTimeOffset ReceivedAt,
    DateOnly? ExpectedDateOfBirth = null);
