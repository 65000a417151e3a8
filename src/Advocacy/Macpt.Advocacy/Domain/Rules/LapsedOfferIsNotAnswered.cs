using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// An offer still unanswered when the episode ended lapsed with it: advocacy supports a parent through a child
/// protection episode, and once the process has ended (Working Together 2023, ch. 4: no conference, no plan, or the plan
/// ended) there is nothing to accept. A new episode makes a new offer.
/// </summary>
public sealed class LapsedOfferIsNotAnswered(AdvocacyOffer offer) : BusinessRule("status", RuleKind.Conflict)
{
    public override bool IsBroken() => offer.Status == OfferStatus.Lapsed;
    public override string Message => "The episode ended before the offer was answered: the offer has lapsed.";
}
