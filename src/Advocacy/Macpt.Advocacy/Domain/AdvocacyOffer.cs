using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Domain;

/// <summary>
/// The offer of an independent advocate to one parent for one episode (unique: parent + episode), and the
/// parent's answer: accepted or declined once, and consent to an accepted offer withdrawable at any time.
/// </summary>
public sealed class AdvocacyOffer
{
    private AdvocacyOffer() { }

    public Guid Id { get; private init; }
    public Guid ParentId { get; private init; }
    public Guid EpisodeId { get; private init; }
    public Guid? ReferralId { get; private init; }
    public string LaChildId { get; private init; } = "";
    /// <summary>The stage the offer was first made at.</summary>
    public string Stage { get; private init; } = "";
    public DateTimeOffset OfferedAt { get; private init; }
    /// <summary>The London date of the offer, from which "unanswered after 2 working days" counts.</summary>
    public DateOnly OfferedOn { get; private init; }
    public string Status { get; private set; } = OfferStatus.Offered;
    public DateOnly? AnsweredOn { get; private set; }
    public string? AnsweredRecordedBy { get; private set; }
    public DateTimeOffset? ConsentWithdrawnAt { get; private set; }
    public string? WithdrawalRecordedBy { get; private set; }
    public uint Version { get; private set; }

    public static AdvocacyOffer Make(Guid id, Parent parent, Episode episode, DateTimeOffset now, DateOnly today) => new()
    {
        Id = id,
        ParentId = parent.Id,
        EpisodeId = episode.Id,
        ReferralId = episode.ReferralId,
        LaChildId = episode.LaChildId,
        Stage = episode.Stage,
        OfferedAt = now,
        OfferedOn = today,
    };

    public void Answer(string answer, DateOnly answeredOn, string recordedBy)
    {
        Rule.Check(new LapsedOfferIsNotAnswered(this), new OfferIsAnsweredOnce(this), new OfferIsAnsweredAfterItWasMade(this, answeredOn));
        Status = answer == OfferAnswers.Accepted ? OfferStatus.Accepted : OfferStatus.Declined;
        AnsweredOn = answeredOn;
        AnsweredRecordedBy = recordedBy;
    }

    /// <summary>
    /// The episode ended (<see cref="Episode.End"/>): an offer still unanswered lapses (<see cref="LapsedOfferIsNotAnswered"/>).
    /// An accepted offer keeps its answer; its advocate stops acting with the allocation's end.
    /// </summary>
    public void EpisodeEnded()
    {
        if (Status == OfferStatus.Offered) Status = OfferStatus.Lapsed;
    }

    public void WithdrawConsent(DateTimeOffset at, string recordedBy)
    {
        Rule.Check(new ConsentCanBeWithdrawn(this));
        Status = OfferStatus.ConsentWithdrawn;
        ConsentWithdrawnAt = at;
        WithdrawalRecordedBy = recordedBy;
    }
}

public static class OfferStatus
{
    public const string Offered = "offered";
    public const string Accepted = "accepted";
    public const string Declined = "declined";
    public const string ConsentWithdrawn = "consent-withdrawn";
    /// <summary>Unanswered when the episode ended (<see cref="AdvocacyOffer.EpisodeEnded"/>).</summary>
    public const string Lapsed = "lapsed";

    public static readonly IReadOnlyList<string> All = [Offered, Accepted, Declined, ConsentWithdrawn, Lapsed];
}

public static class OfferAnswers
{
    public const string Accepted = "accepted";
    public const string Declined = "declined";

    public static readonly IReadOnlyList<string> All = [Accepted, Declined];
}
