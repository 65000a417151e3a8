namespace Macpt.Contracts.FamilyNetworks;

/// <summary>
/// A family network meeting (family group decision making) was offered to the people around a child: under
/// s.31ZA Children Act 1989, to each person with parental responsibility. One acceptance is enough.
/// </summary>
public sealed record FamilyNetworkMeetingOffered(
    Guid OfferId,
    Guid RequestId,
    Guid? ReferralId,
    string LaChildId,
    DateOnly OfferedOn,
    int PeopleOffered,
    /// <summary>When an answer is expected, where the council sets one.</summary>
    DateOnly? AnswerDueBy = null);
