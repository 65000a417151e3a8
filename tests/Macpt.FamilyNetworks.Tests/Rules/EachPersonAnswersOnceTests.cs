using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>Children Act 1989 s.31ZA(1): each person offered answers for themselves, once.</summary>
public sealed class EachPersonAnswersOnceTests
{
    [Fact]
    public void A_first_answer_holds() => RuleAssert.Holds(new EachPersonAnswersOnce(Offered(), Mother));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_second_answer_from_the_same_person_conflicts(bool firstAccepted) =>
        RuleAssert.Broken(new EachPersonAnswersOnce(Answered(firstAccepted), Mother), "personId", RuleKind.Conflict);

    [Fact]
    public void The_request_refuses_a_second_answer_from_the_same_person_but_takes_another_persons()
    {
        RuleAssert.Refuses<EachPersonAnswersOnce>(() => Answered(true).RecordAnswer(Answer(false), Today), "personId");
        var r = New();
        r.RecordOffer(Offer(toFather: true), Today);
        r.RecordAnswer(Answer(false), Today);
        r.RecordAnswer(Answer(true, personId: Father), Today);
        Assert.Equal(2, r.Answers.Count);
    }
}
