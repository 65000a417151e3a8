using System.Net;
using static Macpt.EndToEnd.Tests.FamilyNetworkSteps;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Children Act 1989 s.31ZA (Children's Wellbeing and Schools Act 2026 s.1) before proceedings: the family group
/// decision-making meeting is offered to each person with parental responsibility, goes ahead if any one accepts, and
/// the "not in the child's best interests" exception is recorded with its reason and who decided.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class FamilyGroupDecisionMakingTests(MacptSystem system)
{
    private readonly FamilyNetworkSteps _steps = new(system);

    private static object OfferTo(params object[] people) => new { offeredTo = people, offeredOn = Today(), letterBeforeProceedingsOn = Today() };

    [Fact]
    public async Task Each_person_with_parental_responsibility_is_offered_one_acceptance_is_enough_and_the_best_interests_exception_is_recorded()
    {
        var id = await _steps.RequestAsync(Referrals.NewChildId(), Guid.NewGuid(), "pre-proceedings");
        using (var noParentalResponsibility = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/offer",
            OfferTo(new { name = "Test Carer", relationship = "carer", parentalResponsibility = false })))
        {
            await Problem.AssertAsync(noParentalResponsibility, HttpStatusCode.UnprocessableEntity, "offeredTo");
        }
        var offered = await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/offer", OfferTo(
            new { name = "Test Mother", relationship = "mother", parentalResponsibility = true },
            new { name = "Test Father", relationship = "father", parentalResponsibility = true }));

        // The mother declines: the offer still waits for the father, who accepts; her decline does not stop it.
        var afterDecline = await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/answer", Decline(offered, "We do not want the wider family involved."));
        Assert.Equal("offered", afterDecline.GetProperty("status").GetString());
        var accepted = await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/answer", Accept(PersonOf(offered, 1)));
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        Assert.Equal(2, accepted.GetProperty("answers").GetArrayLength());
        await _steps.OkAsync(HttpMethod.Put, $"{Requests}/{id}/coordinator", Coordinator());
        Assert.Equal("held", (await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/meeting", Meeting())).GetProperty("status").GetString());

        // Another child: the local authority decides the meeting is not in the child's best interests.
        var other = await _steps.RequestAsync(Referrals.NewChildId(), Guid.NewGuid(), "pre-proceedings");
        using (var noReason = await system.SendAsync(HttpMethod.Post, $"{Requests}/{other}/best-interests-exception", new { decidedOn = Today() }))
        {
            await Problem.AssertAsync(noReason, HttpStatusCode.BadRequest, "reason");
        }
        var excepted = await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{other}/best-interests-exception",
            new { decidedOn = Today(), reason = "A member of the network is the alleged perpetrator.", decidedBy = "someone-else" });
        Assert.Equal("closed", excepted.GetProperty("status").GetString());
        var closure = excepted.GetProperty("closure");
        Assert.Equal("not-in-the-childs-best-interests", closure.GetProperty("reason").GetString());
        Assert.Equal("A member of the network is the alleged perpetrator.", closure.GetProperty("explanation").GetString());
        Assert.Equal("duty-0001", closure.GetProperty("decidedBy").GetString()); // from the token, not the body
        using (var offerAfter = await system.SendAsync(HttpMethod.Post, $"{Requests}/{other}/offer", Offer(Today())))
        {
            await Problem.AssertAsync(offerAfter, HttpStatusCode.Conflict, "status");
        }
        using (var heldRequest = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/best-interests-exception", new { decidedOn = Today(), reason = "Too late." }))
        {
            await Problem.AssertAsync(heldRequest, HttpStatusCode.Conflict, "decidedOn");
        }
        Assert.Equal(1, await _steps.OutboxAsync("FamilyNetworkMeetingRequestClosed", "requestId", other.ToString()));
        Assert.Equal(0, await system.CountAsync("familynetworks", "SELECT count(*) FROM outbox_messages WHERE payload::text LIKE '%perpetrator%'"));
    }
}
