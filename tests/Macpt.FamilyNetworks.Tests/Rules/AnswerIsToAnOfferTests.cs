using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>The family answers an offer that was made.</summary>
public sealed class AnswerIsToAnOfferTests
{
    [Fact]
    public void An_answer_to_an_offer_holds() => RuleAssert.Holds(new AnswerIsToAnOffer(Offered()));

    [Fact]
    public void An_answer_without_an_offer_is_refused() => RuleAssert.Broken(new AnswerIsToAnOffer(New()), "offer", RuleKind.Unprocessable);

    [Fact]
    public void The_request_refuses_an_answer_before_any_offer() =>
        RuleAssert.Refuses<AnswerIsToAnOffer>(() => New().RecordAnswer(Answer(true), Today), "offer");
}
