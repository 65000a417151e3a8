namespace Macpt.Contracts.Advocacy;

/// <summary>A parent answered an advocacy offer, or it lapsed unanswered (<see cref="AdvocacyOfferAnswers"/>).</summary>
public sealed record AdvocacyOfferAnswered(
    Guid OfferId,
    Guid ParentId,
    Guid? ReferralId,
    string LaChildId,
    string Stage,
    string Answer,
    DateOnly AnsweredOn);

public static class AdvocacyOfferAnswers
{
    public const string Accepted = "accepted";
    public const string Declined = "declined";
    public const string Lapsed = "lapsed";
    public static readonly IReadOnlyList<string> All = [Accepted, Declined, Lapsed];
}
