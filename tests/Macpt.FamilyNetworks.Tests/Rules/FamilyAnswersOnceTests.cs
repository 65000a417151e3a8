using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>The family's answer is recorded once.</summary>
public sealed class FamilyAnswersOnceTests
{
    [Fact]
    public void A_first_answer_holds() => RuleAssert.Holds(new FamilyAnswersOnce(Offered()));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_second_answer_conflicts(bool firstAccepted) =>
        RuleAssert.Broken(new FamilyAnswersOnce(Answered(firstAccepted)), "answer", RuleKind.Conflict);

    [Fact]
    public void The_request_refuses_a_second_answer() =>
        RuleAssert.Refuses<FamilyAnswersOnce>(() => Answered(true).RecordAnswer(Answer(false), Today), "answer");
}
