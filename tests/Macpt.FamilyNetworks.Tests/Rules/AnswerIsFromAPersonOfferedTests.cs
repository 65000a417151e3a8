using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>Children Act 1989 s.31ZA(1): an answer is from someone the meeting was offered to.</summary>
public sealed class AnswerIsFromAPersonOfferedTests
{
    [Fact]
    public void A_person_offered_holds() => RuleAssert.Holds(new AnswerIsFromAPersonOffered(Offered(), Mother));

    [Fact]
    public void Someone_not_offered_is_refused()
    {
        RuleAssert.Broken(new AnswerIsFromAPersonOffered(Offered(), Father), "personId", RuleKind.Unprocessable);
        RuleAssert.Refuses<AnswerIsFromAPersonOffered>(() => Offered().RecordAnswer(Answer(true, personId: Guid.NewGuid()), Today), "personId");
    }
}
