using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>Siblings convened together are not yet held (409 on discussedWith).</summary>
public sealed class DiscussionsJoinedAreNotHeldTests
{
    [Fact]
    public void No_siblings_or_siblings_not_held_hold()
    {
        RuleAssert.Holds(new DiscussionsJoinedAreNotHeld([]));
        RuleAssert.Holds(new DiscussionsJoinedAreNotHeld([Fixtures.Discussion(), Fixtures.Discussion()]));
    }

    [Fact]
    public void One_held_sibling_breaks_it_as_a_conflict() =>
        RuleAssert.Broken(new DiscussionsJoinedAreNotHeld([Fixtures.Discussion(), Fixtures.Held()]), "discussedWith", RuleKind.Conflict);
}
