using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>An offer (made 17 November) is answered on or after the day it was made.</summary>
public sealed class AnswerIsNotBeforeTheOfferTests
{
    [Theory]
    [InlineData("2026-11-17")]
    [InlineData("2026-11-25")]
    public void An_answer_from_the_offer_holds(string answeredOn) => RuleAssert.Holds(new AnswerIsNotBeforeTheOffer(Offered("2026-11-17"), D(answeredOn)));

    [Fact]
    public void An_answer_before_the_offer_is_refused() =>
        RuleAssert.Broken(new AnswerIsNotBeforeTheOffer(Offered("2026-11-17"), D("2026-11-16")), "answeredOn", RuleKind.Unprocessable);

    [Fact]
    public void The_request_refuses_an_answer_before_the_offer_or_tomorrow()
    {
        RuleAssert.Refuses<AnswerIsNotBeforeTheOffer>(() => Offered("2026-11-17").RecordAnswer(Answer(true, "2026-11-16"), Today), "answeredOn");
        RuleAssert.Refuses<RecordedDateIsNotInTheFuture>(() => Offered("2026-11-17").RecordAnswer(Answer(true, "2026-11-26"), Today), "answeredOn");
    }
}
