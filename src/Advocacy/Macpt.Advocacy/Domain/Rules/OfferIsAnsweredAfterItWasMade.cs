using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// A parent's answer is dated on or after the day the offer was made: an answer before the offer is a recording
/// error (local recording rule for the offer of advocacy, Families First Partnership programme guide, DfE 2025).
/// </summary>
public sealed class OfferIsAnsweredAfterItWasMade(AdvocacyOffer offer, DateOnly answeredOn) : BusinessRule("answeredOn")
{
    public override bool IsBroken() => answeredOn < offer.OfferedOn;
    public override string Message => "The answer is dated before the offer was made.";
}
