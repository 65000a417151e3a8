using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>A check is answered once (409 on answer).</summary>
public sealed class AgencyCheckIsAnsweredOnceTests
{
    [Fact]
    public void An_unanswered_check_holds() => RuleAssert.Holds(new AgencyCheckIsAnsweredOnce(Fixtures.Check()));

    [Fact]
    public void An_answered_check_is_broken_as_a_conflict()
    {
        var check = Fixtures.Check();
        check.RecordAnswer("Known to us.", "pol-77", "police", Instant("2026-11-28T10:00:00Z"), D("2026-11-28"));
        RuleAssert.Broken(new AgencyCheckIsAnsweredOnce(check), "answer", RuleKind.Conflict);
    }

    [Fact]
    public void A_second_answer_is_refused_and_the_first_stands()
    {
        var check = Fixtures.Check();
        check.RecordAnswer("Known to us.", "pol-77", "police", Instant("2026-11-28T10:00:00Z"), D("2026-11-28"));

        RuleAssert.Refuses<AgencyCheckIsAnsweredOnce>(() => check.RecordAnswer("Other.", "pol-78", "police", Instant("2026-11-29T10:00:00Z"), D("2026-11-29")), "answer");

        Assert.Equal("Known to us.", check.Answer);
        Assert.Equal("pol-77", check.AnsweredBy);
    }
}
