using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Rules;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests.Rules;

/// <summary>An advocate whose advocacy for the child's parent ended is not invited again; the field names the invitee.</summary>
public sealed class EndedAdvocacyIsNotReinvitedTests
{
    private static readonly HashSet<string> Ended = new(["adv-1"], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void An_ended_advocate_is_refused_at_their_place_in_the_list() =>
        RuleAssert.Broken(new EndedAdvocacyIsNotReinvited([new Invitee(InviteeKinds.Parent, "p1", null), new Invitee(InviteeKinds.Advocate, "ADV-1", null)], Ended),
            "invitees[1].personId", RuleKind.Unprocessable);

    [Fact]
    public void Other_advocates_and_people_are_accepted() =>
        RuleAssert.Holds(new EndedAdvocacyIsNotReinvited([new Invitee(InviteeKinds.Parent, "adv-1", null), new Invitee(InviteeKinds.Advocate, "adv-2", null)], Ended));
}
