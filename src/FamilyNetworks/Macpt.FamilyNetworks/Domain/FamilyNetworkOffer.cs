namespace Macpt.FamilyNetworks.Domain;

/// <summary>
/// The offer of a family network meeting to the family: to whom (people with personal data, held here
/// only), when and by whom; for the pre-proceedings offer, the date of the letter before proceedings
/// that must state it (Children Act 1989 s.31ZA, inserted by the Children's Wellbeing and Schools Act 2026).
/// <see cref="Id"/> names the offer in events; offers recorded before it was kept have none, and are known by their
/// request's id (a request is offered once, <see cref="Rules.MeetingIsOfferedOnce"/>).
/// </summary>
public sealed record FamilyNetworkOffer(
    List<OfferedPerson> OfferedTo,
    DateOnly OfferedOn,
    string OfferedBy,
    DateOnly? LetterBeforeProceedingsOn,
    DateTimeOffset RecordedAt,
    Guid? Id = null)
{
    private FamilyNetworkOffer() : this([], default, "", null, default) { }
}

/// <summary>
/// A person the meeting was offered to, each answering for themselves (<see cref="OfferAnswer.PersonId"/>): before
/// proceedings each parent and anyone else with parental responsibility (Children Act 1989 s.31ZA(1)).
/// <see cref="ParentalResponsibility"/> is null on offers recorded before it was asked.
/// </summary>
public sealed record OfferedPerson(Guid PersonId, string Name, string Relationship, bool? ParentalResponsibility);

/// <summary>One offered person's answer: accepted, or declined with their reason in their words.</summary>
public sealed record OfferAnswer(Guid PersonId, bool Accepted, DateOnly AnsweredOn, string? DeclineReason, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>The relationship to the child of someone offered the meeting.</summary>
public static class OfferedRelationships
{
    public const string Mother = "mother";
    public const string Father = "father";
    public const string ParentalResponsibility = "parental-responsibility";
    public const string Carer = "carer";
    public const string Child = "child";

    public static IReadOnlyList<string> All { get; } = [Mother, Father, ParentalResponsibility, Carer, Child];
}

/// <summary>The family's answer to the offer, as a request names it.</summary>
public static class FamilyAnswers
{
    public const string Accepted = "accepted";
    public const string Declined = "declined";

    public static IReadOnlyList<string> All { get; } = [Accepted, Declined];
}
