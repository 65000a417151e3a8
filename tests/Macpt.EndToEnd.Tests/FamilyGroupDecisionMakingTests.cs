using System.Net;
using Macpt.Contracts.FamilyNetworks;
using static Macpt.EndToEnd.Tests.FamilyNetworkSteps;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Children Act 1989 s.31ZA (Children's Wellbeing and Schools Act 2026 s.1) before proceedings: the family group
/// decision-making meeting is offered to each person with parental responsibility, goes ahead if any one accepts, and
/// the "not in the child's best interests" exception is recorded with its reason and who decided. The offer and each
/// answer are announced on the bus, the offer settled at the first acceptance.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class FamilyGroupDecisionMakingTests(MacptSystem system)
{
    private readonly FamilyNetworkSteps _steps = new(system);
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    private static object OfferTo(params object[] people) => new { offeredTo = people, offeredOn = Today(), letterBeforeProceedingsOn = Today() };

    [Fact]
    public async Task Each_person_with_parental_responsibility_is_offered_one_acceptance_is_enough_and_the_best_interests_exception_is_recorded()
    {
        var child = Referrals.NewChildId();
        var referral = Guid.NewGuid();
        await using var offeredOnBus = await AdvocacyBusListener.StartAsync<FamilyNetworkMeetingOffered>(system);
        await using var answeredOnBus = await AdvocacyBusListener.StartAsync<FamilyNetworkMeetingOfferAnswered>(system);
        var id = await _steps.RequestAsync(child, referral, "pre-proceedings");
        using (var noParentalResponsibility = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/offer",
            OfferTo(new { name = "Test Carer", relationship = "carer", parentalResponsibility = false })))
        {
            await Problem.AssertAsync(noParentalResponsibility, HttpStatusCode.UnprocessableEntity, "offeredTo");
        }
        var offered = await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/offer", OfferTo(
            new { name = "Test Mother", relationship = "mother", parentalResponsibility = true },
            new { name = "Test Father", relationship = "father", parentalResponsibility = true }));

        // Announced to two people, with no date an answer is due by (s.31ZA sets none).
        var offerId = offered.GetProperty("offer").GetProperty("id").GetGuid();
        var announced = await offeredOnBus.WaitForAsync(m => m.GetProperty("requestId").GetGuid() == id, Within, "FamilyNetworkMeetingOffered");
        Assert.Equal((offerId, referral, child, Today()), (announced.GetProperty("offerId").GetGuid(), announced.GetProperty("referralId").GetGuid(),
            announced.GetProperty("laChildId").GetString(), announced.GetProperty("offeredOn").GetString()));
        Assert.Equal(2, announced.GetProperty("peopleOffered").GetInt32());
        Assert.True(announced.IsNull("answerDueBy"));

        // The mother declines: the offer still waits for the father, who accepts; her decline does not stop it.
        var afterDecline = await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/answer", Decline(offered, "We do not want the wider family involved."));
        Assert.Equal("offered", afterDecline.GetProperty("status").GetString());
        var declined = await answeredOnBus.WaitForAsync(m => m.GetProperty("requestId").GetGuid() == id, Within, "FamilyNetworkMeetingOfferAnswered (decline)");
        Assert.Equal((offerId, "declined", Today(), false),
            (declined.GetProperty("offerId").GetGuid(), declined.GetProperty("answer").GetString(), declined.GetProperty("answeredOn").GetString(), declined.GetProperty("offerSettled").GetBoolean()));
        var accepted = await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/answer", Accept(PersonOf(offered, 1)));
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        var acceptance = await answeredOnBus.WaitForAsync(m => m.GetProperty("requestId").GetGuid() == id, Within, "FamilyNetworkMeetingOfferAnswered (acceptance)");
        Assert.Equal(("accepted", true), (acceptance.GetProperty("answer").GetString(), acceptance.GetProperty("offerSettled").GetBoolean()));
        Assert.Equal(child, acceptance.GetProperty("laChildId").GetString());
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

    [Fact]
    public async Task Pre_proceedings_from_the_legal_planning_meeting_to_the_court_application_derive_the_census_block_and_refuse_dates_out_of_order()
    {
        const string PreProceedings = "/api/familynetworks/pre-proceedings";
        var child = Referrals.NewChildId();
        var referral = Guid.NewGuid();
        var today = DateOnly.ParseExact(Today(), "yyyy-MM-dd");
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd");
        object Start() => new { laChildId = child, referralId = referral, startDate = Day(-1), legalPlanningMeeting = new { heldOn = Day(-1), decision = "pre-proceedings" } };

        // 1. The legal planning meeting decides on pre-proceedings; the child has one open at a time.
        var started = await _steps.OkAsync(HttpMethod.Post, PreProceedings, Start(), HttpStatusCode.Created);
        var id = started.GetProperty("id").GetGuid();
        Assert.Equal("open", started.GetProperty("status").GetString());
        using (var again = await system.SendAsync(HttpMethod.Post, PreProceedings, Start()))
            await Problem.AssertAsync(again, HttpStatusCode.Conflict, "laChildId");

        // 2. The letter before proceedings, carrying the FGDM offer: not before the start (rule 9006).
        using (var early = await system.SendAsync(HttpMethod.Put, $"{PreProceedings}/{id}/letter", new { sentOn = Day(-2), familyGroupDecisionMakingOffered = true }))
            await Problem.AssertAsync(early, HttpStatusCode.UnprocessableEntity, "sentOn");
        await _steps.OkAsync(HttpMethod.Put, $"{PreProceedings}/{id}/letter", new { sentOn = Today(), familyGroupDecisionMakingOffered = true });

        // 3. The family group decision-making meeting offered in the letter is accepted and held (facilitated).
        var fgdm = await _steps.RequestAsync(child, referral, "pre-proceedings");
        var offered = await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{fgdm}/offer", Offer(Today()));
        await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{fgdm}/answer", Accept(offered));
        await _steps.OkAsync(HttpMethod.Put, $"{Requests}/{fgdm}/coordinator", Coordinator());
        await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{fgdm}/meeting", Meeting());

        // 4. The initial pre-proceedings meeting, then a review.
        using (var reviewFirst = await system.SendAsync(HttpMethod.Post, $"{PreProceedings}/{id}/meetings", new { heldOn = Today(), kind = "review" }))
            await Problem.AssertAsync(reviewFirst, HttpStatusCode.UnprocessableEntity, "kind");
        await _steps.OkAsync(HttpMethod.Post, $"{PreProceedings}/{id}/meetings", new { heldOn = Today(), kind = "initial" });
        await _steps.OkAsync(HttpMethod.Post, $"{PreProceedings}/{id}/meetings", new { heldOn = Today(), kind = "review" });

        // 5. The outcome: the step decision not before the start (9009), the court application not before it (9012).
        using (var beforeStart = await system.SendAsync(HttpMethod.Post, $"{PreProceedings}/{id}/outcome",
            new { decidedOn = Day(-2), outcome = "proceedings-issued", courtApplicationOn = Today() }))
            await Problem.AssertAsync(beforeStart, HttpStatusCode.UnprocessableEntity, "decidedOn");
        using (var courtFirst = await system.SendAsync(HttpMethod.Post, $"{PreProceedings}/{id}/outcome",
            new { decidedOn = Today(), outcome = "proceedings-issued", courtApplicationOn = Day(-1) }))
            await Problem.AssertAsync(courtFirst, HttpStatusCode.UnprocessableEntity, "courtApplicationOn");
        var concluded = await _steps.OkAsync(HttpMethod.Post, $"{PreProceedings}/{id}/outcome",
            new { decidedOn = Today(), outcome = "proceedings-issued", courtApplicationOn = Today(), letterOfIssueOn = Today() });
        Assert.Equal("concluded", concluded.GetProperty("status").GetString());

        // 6. The census 2026-27 PreProceedingsandFGDM block, derived; every change announced for the reporting service.
        var census = await _steps.OkAsync(HttpMethod.Get, $"{PreProceedings}/{id}/census", null);
        Assert.Equal(Day(-1), census.GetProperty("ppStartDate").GetString());
        Assert.Equal(Today(), census.GetProperty("lbpSentDate").GetString());
        Assert.True(census.GetProperty("fgdmMeetingOffer").GetBoolean());
        Assert.True(census.GetProperty("fgdmMeetingFac").GetBoolean());
        Assert.Equal(Today(), census.GetProperty("initialPPMeetingDate").GetString());
        Assert.Equal(1, census.GetProperty("reviewMeetingsCount").GetInt32());
        Assert.Equal(Today(), census.GetProperty("stepDecisionDate").GetString());
        Assert.Equal("A", census.GetProperty("ppOutcome").GetString());
        Assert.Equal(Today(), census.GetProperty("courtAppDate").GetString());
        Assert.Equal(Today(), census.GetProperty("letterInitCPDate").GetString());
        Assert.Equal(5, await _steps.OutboxAsync("PreProceedingsRecorded", "preProceedingsId", id.ToString()));
    }
}
