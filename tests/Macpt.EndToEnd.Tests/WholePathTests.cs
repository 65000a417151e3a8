using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.Contracts.Advocacy;
using Macpt.Contracts.Enquiries;
using Macpt.Contracts.FamilyNetworks;
using Macpt.Contracts.Referrals;
using Macpt.WorkingDays;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// One child through all five services with real events only (nothing put on the bus by the test): referral,
/// strategy discussion, Section 47 enquiry, advocacy for the parents, a family network meeting and plan, and the
/// initial conference that brings them together. Each hand-over is checked through the receiving service's API, and
/// each step the reporting service builds the child's timeline from is seen on the bus with its deadline.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class WholePathTests(MacptSystem system)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);
    private readonly AdvocacyScenario _advocacy = new(system);
    private readonly FamilyNetworkSteps _network = new(system);
    private readonly ConferenceSteps _conferences = new(system);

    [Fact]
    public async Task One_child_is_followed_from_referral_to_the_initial_conference_through_every_service()
    {
        var child = Referrals.NewChildId();
        var today = LondonClock.Today(TimeProvider.System);
        var calendar = new WorkingDayCalendar();
        await using var receivedOnBus = await AdvocacyBusListener.StartAsync<ReferralReceived>(system);
        await using var requestedOnBus = await AdvocacyBusListener.StartAsync<StrategyDiscussionRequested>(system);
        await using var heldOnBus = await AdvocacyBusListener.StartAsync<StrategyDiscussionHeld>(system);
        await using var startedOnBus = await AdvocacyBusListener.StartAsync<Section47EnquiryStarted>(system);
        await using var offeredOnBus = await AdvocacyBusListener.StartAsync<AdvocacyOffered>(system);
        await using var answeredOnBus = await AdvocacyBusListener.StartAsync<AdvocacyOfferAnswered>(system);
        await using var networkOfferedOnBus = await AdvocacyBusListener.StartAsync<FamilyNetworkMeetingOffered>(system);
        await using var networkAnsweredOnBus = await AdvocacyBusListener.StartAsync<FamilyNetworkMeetingOfferAnswered>(system);

        // 1. The front door refers; the decision for a strategy discussion reaches enquiries.
        var (referralId, discussionId) = await Enquiries.DiscussionAsync(system, null, child);
        var received = await receivedOnBus.WaitForAsync(m => m.GetProperty("referralId").GetGuid() == referralId, Within, "ReferralReceived");
        Assert.Equal("local-authority", received.GetProperty("referrerAgency").GetString()); // the front door's token
        var requested = await requestedOnBus.WaitForAsync(m => m.GetProperty("strategyDiscussionId").GetGuid() == discussionId, Within, "StrategyDiscussionRequested");
        Assert.Equal((referralId, child, "standard"), (requested.GetProperty("referralId").GetGuid(), requested.GetProperty("laChildId").GetString(),
            requested.GetProperty("urgency").GetString()));
        var discussionDue = calendar.AddWorkingDays(LondonClock.ToLondonDate(requested.GetProperty("requestedAt").GetDateTimeOffset()), 1);
        Assert.Equal(discussionDue.ToString("yyyy-MM-dd"), requested.GetProperty("dueBy").GetString());

        // 2. Advocacy knows the parents before the enquiry starts, and has an advocate with room.
        var mother = await _advocacy.RegisterParentAsync(child, "mother");
        var father = await _advocacy.RegisterParentAsync(child, "father");
        var advocate = await _advocacy.AdvocateAsync(await _advocacy.ProviderAsync(), capacity: 2);
        Assert.Equal(0, (await _advocacy.OffersAsync(child)).GetArrayLength());

        // 3. The threshold is met with a family network meeting recommended: the Section 47 enquiry starts.
        using (var held = await system.SendAsync(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{discussionId}/outcome",
            Enquiries.Outcome(today.ToString("yyyy-MM-dd"), thresholdMet: true)))
        {
            Assert.True(held.StatusCode == HttpStatusCode.OK, await held.Content.ReadAsStringAsync());
        }
        var enquiry = Assert.Single((await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/enquiries/section-47-enquiries?referralId={referralId}")).GetProperty("items").EnumerateArray());
        var enquiryId = enquiry.GetProperty("id").GetGuid();
        var icpcTarget = new WorkingDayCalendar().AddWorkingDays(today, 15);
        Assert.Equal(today.ToString("yyyy-MM-dd"), enquiry.GetProperty("strategyDiscussionDate").GetString());
        Assert.Equal(icpcTarget.ToString("yyyy-MM-dd"), enquiry.GetProperty("initialCpcTarget").GetString());
        var discussionHeld = await heldOnBus.WaitForAsync(m => m.GetProperty("strategyDiscussionId").GetGuid() == discussionId, Within, "StrategyDiscussionHeld");
        Assert.Equal((today.ToString("yyyy-MM-dd"), discussionDue.ToString("yyyy-MM-dd"), false),
            (discussionHeld.GetProperty("heldOn").GetString(), discussionHeld.GetProperty("dueBy").GetString(), discussionHeld.GetProperty("outOfHours").GetBoolean()));
        Assert.Equal(["local-authority", "police", "health", "education"], discussionHeld.Codes("agencies"));
        var started = await startedOnBus.WaitForAsync(m => m.GetProperty("enquiryId").GetGuid() == enquiryId, Within, "Section47EnquiryStarted");
        Assert.Equal((discussionId, today.ToString("yyyy-MM-dd"), icpcTarget.ToString("yyyy-MM-dd")), (started.GetProperty("strategyDiscussionId").GetGuid(),
            started.GetProperty("strategyDiscussionHeldOn").GetString(), started.GetProperty("initialConferenceTargetDate").GetString()));

        // ...family networks opens a request for the discussion's recommendation and one for the enquiry...
        var requests = await Eventually.ReturnsAsync(() => _network.ListAsync($"laChildId={child}"),
            r => r.Any(x => Stage(x) == "strategy-discussion") && r.Any(x => Stage(x) == "section-47"), Within,
            "family network requests at stages strategy-discussion and section-47");
        Assert.Equal(2, requests.Length);
        Assert.All(requests, r => Assert.Equal(referralId, r.GetProperty("referralId").GetGuid()));
        var s47Request = requests.Single(r => Stage(r) == "section-47");
        Assert.Equal(icpcTarget.ToString("yyyy-MM-dd"), s47Request.GetProperty("neededBy").GetString());

        // ...and advocacy offers each parent an advocate once, for this episode.
        var offers = await _advocacy.OffersEventuallyAsync(child, 2);
        Assert.Equal(2, offers.GetArrayLength());
        Assert.All(offers.EnumerateArray(), o =>
        {
            Assert.Equal(referralId, o.GetProperty("referralId").GetGuid());
            Assert.Equal("section-47", o.GetProperty("stage").GetString());
            Assert.Equal("offered", o.GetProperty("status").GetString());
        });
        var motherOffer = AdvocacyScenario.OfferOf(offers, mother);
        Assert.NotEqual(motherOffer, AdvocacyScenario.OfferOf(offers, father));
        // ...each offer announced with the date its answer is due (2 working days on).
        var offeredToParents = await offeredOnBus.WaitForEachAsync(m => m.GetProperty("parentId").GetGuid(), [mother, father], Within, "AdvocacyOffered to each parent");
        Assert.All(offeredToParents.Values, m => Assert.Equal(
            calendar.AddWorkingDays(LondonClock.ToLondonDate(m.GetProperty("offeredAt").GetDateTimeOffset()), 2).ToString("yyyy-MM-dd"), m.GetProperty("answerDueBy").GetString()));

        // 4. The mother accepts and the advocate is allocated: AdvocateAllocated crosses the bus.
        await _advocacy.AcceptAsync(motherOffer);
        var accepted = await answeredOnBus.WaitForAsync(m => m.GetProperty("offerId").GetGuid() == motherOffer, Within, "AdvocacyOfferAnswered");
        Assert.Equal(("accepted", mother, "section-47"), (accepted.GetProperty("answer").GetString(), accepted.GetProperty("parentId").GetGuid(), accepted.GetProperty("stage").GetString()));
        Assert.Equal(referralId, accepted.GetProperty("referralId").GetGuid());
        await using (var allocatedOnBus = await AdvocacyBusListener.StartAsync<AdvocateAllocated>(system))
        {
            using var allocated = await _advocacy.AllocateAsync(motherOffer, advocate);
            Assert.True(allocated.StatusCode == HttpStatusCode.Created, await allocated.Content.ReadAsStringAsync());
            var allocationId = (await allocated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var message = await allocatedOnBus.WaitForAsync(m => m.GetProperty("allocationId").GetGuid() == allocationId, Within, "AdvocateAllocated");
            Assert.Equal(mother, message.GetProperty("parentId").GetGuid());
            Assert.Equal(advocate, message.GetProperty("advocateId").GetGuid());
        }

        // 5. The network meets for the Section 47 request and agrees a plan with a safeguard.
        var s47RequestId = s47Request.GetProperty("id").GetGuid();
        var requestPath = $"{FamilyNetworkSteps.Requests}/{s47RequestId}";
        var offered = await _network.OkAsync(HttpMethod.Post, $"{requestPath}/offer", FamilyNetworkSteps.Offer());
        var networkOffer = await networkOfferedOnBus.WaitForAsync(m => m.GetProperty("requestId").GetGuid() == s47RequestId, Within, "FamilyNetworkMeetingOffered");
        Assert.Equal((referralId, child), (networkOffer.GetProperty("referralId").GetGuid(), networkOffer.GetProperty("laChildId").GetString()));
        Assert.Equal(offered.GetProperty("offer").GetProperty("offeredTo").GetArrayLength(), networkOffer.GetProperty("peopleOffered").GetInt32());
        await _network.OkAsync(HttpMethod.Post, $"{requestPath}/answer", FamilyNetworkSteps.Accept(offered));
        var networkAnswer = await networkAnsweredOnBus.WaitForAsync(m => m.GetProperty("requestId").GetGuid() == s47RequestId, Within, "FamilyNetworkMeetingOfferAnswered");
        Assert.Equal((networkOffer.GetProperty("offerId").GetGuid(), "accepted", true), (networkAnswer.GetProperty("offerId").GetGuid(),
            networkAnswer.GetProperty("answer").GetString(), networkAnswer.GetProperty("offerSettled").GetBoolean()));
        await _network.OkAsync(HttpMethod.Put, $"{requestPath}/coordinator", FamilyNetworkSteps.Coordinator());
        await _network.OkAsync(HttpMethod.Post, $"{requestPath}/meeting", FamilyNetworkSteps.Meeting());
        var safeguard = new { action = "Collects the child from school every weekday", responsible = "Test Grandmother", when = "Daily at 15:15", contingency = "The school calls the social worker" };
        var familyPlan = await _network.OkAsync(HttpMethod.Post, $"{requestPath}/plan", FamilyNetworkSteps.Plan(safeguards: [safeguard]), HttpStatusCode.Created);
        var familyPlanId = familyPlan.GetProperty("id").GetGuid();

        // 6. The child is seen; the enquiry concludes a conference is needed: conferences creates the initial conference.
        using (var seen = await system.SendAsync(HttpMethod.Put, $"/api/enquiries/section-47-enquiries/{enquiryId}/child-seen",
            new { seenOn = today, seenAlone = true, childsWords = "I feel safe at my nan's." }))
        {
            Assert.True(seen.StatusCode == HttpStatusCode.OK, await seen.Content.ReadAsStringAsync());
        }
        using (var completed = await system.SendAsync(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiryId}/outcome",
            new { outcome = "conference-required", reasons = "Continuing risk of significant harm.", completedOn = today }))
        {
            Assert.True(completed.StatusCode == HttpStatusCode.OK, await completed.Content.ReadAsStringAsync());
        }
        var conferences = await Eventually.ReturnsAsync(() => _conferences.ConferencesAsync(child, "&kind=initial"),
            l => l.GetArrayLength() > 0, Within, "the initial conference");
        var conferenceId = Assert.Single(conferences.EnumerateArray()).GetProperty("id").GetGuid();

        // 7. The conference shows the advocate acting for the mother and the agreed family plan.
        var conference = await Eventually.ReturnsAsync(() => _conferences.GetAsync($"/api/conferences/{conferenceId}"),
            c => AdvocatesOf(c).Count == 1 && c.TryGetProperty("familyPlan", out var p) && p.ValueKind == JsonValueKind.Object, Within,
            "the advocate and the family plan on the conference");
        Assert.Equal("initial", conference.GetProperty("kind").GetString());
        Assert.Equal("to-arrange", conference.GetProperty("status").GetString());
        Assert.Equal(enquiryId, conference.GetProperty("enquiryId").GetGuid());
        Assert.Equal(referralId, conference.GetProperty("referralId").GetGuid());
        Assert.Equal(icpcTarget.ToString("yyyy-MM-dd"), conference.GetProperty("targetDate").GetString());
        Assert.Equal((advocate.ToString(), mother), Assert.Single(AdvocatesOf(conference)));
        var shownPlan = conference.GetProperty("familyPlan");
        Assert.Equal(familyPlanId, shownPlan.GetProperty("familyPlanId").GetGuid());
        Assert.Equal(1, shownPlan.GetProperty("safeguards").GetInt32());
        Assert.True(shownPlan.GetProperty("localAuthorityAgrees").GetBoolean());
        Assert.Equal(1, shownPlan.GetProperty("version").GetInt32());

        // ...until the mother withdraws her consent: the advocate is no longer invited.
        using (var withdrawn = await system.SendAsync(HttpMethod.Post, $"{AdvocacyScenario.Base}/offers/{motherOffer}/consent-withdrawal", new { }))
        {
            Assert.True(withdrawn.StatusCode == HttpStatusCode.OK, await withdrawn.Content.ReadAsStringAsync());
        }
        await Eventually.ReturnsAsync(() => _conferences.GetAsync($"/api/conferences/{conferenceId}"),
            c => AdvocatesOf(c).Count == 0, Within, "the advocate no longer invited after consent was withdrawn");

        // 8. The referral shows where it led, from the enquiries service's events (a conference appears once held).
        var referral = await Eventually.ReturnsAsync(() => system.Gateway.GetFromJsonAsync<JsonElement>($"/api/referrals/{referralId}"),
            r => r.GetProperty("onwardPath").GetArrayLength() >= 3, Within, "three steps on the referral's onward path");
        var path = referral.GetProperty("onwardPath").EnumerateArray().ToList();
        Assert.Equal(["strategy-discussion-held", "section-47-started", "section-47-completed"], path.Select(s => s.GetProperty("stage").GetString()!).ToArray());
        Assert.Equal("threshold-met", path[0].GetProperty("outcome").GetString());
        Assert.Equal(icpcTarget.ToString("yyyy-MM-dd"), path[1].GetProperty("dueBy").GetString());
    }

    private static string? Stage(JsonElement request) => request.GetProperty("stage").GetString();

    private static List<(string AdvocateId, Guid ParentId)> AdvocatesOf(JsonElement conference) =>
        conference.GetProperty("invitees").EnumerateArray()
            .Where(i => i.GetProperty("kind").GetString() == "advocate")
            .Select(i => (i.GetProperty("personId").GetString()!, i.GetProperty("forParentId").GetGuid()))
            .ToList();
}
