using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.Contracts.FamilyNetworks;
using static Macpt.EndToEnd.Tests.FamilyNetworkSteps;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Offer → meeting → agreed plan → the plan on the bus for the conference; reviews, revisions and the end
/// of a plan; the pre-proceedings offer in the letter before proceedings.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class FamilyNetworkPathTests(MacptSystem system)
{
    private readonly FamilyNetworkSteps _steps = new(system);
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    private static bool Has(JsonElement[] list, Guid id) => list.Any(r => r.GetProperty("id").GetGuid() == id);

    [Fact]
    public async Task From_offer_to_meeting_to_agreed_plan_the_conference_hears_of_the_plan_on_the_bus()
    {
        await using var heldWatch = await BusWatch.StartAsync(system, typeof(FamilyNetworkMeetingHeld));
        await using var planWatch = await BusWatch.StartAsync(system, typeof(FamilyPlanAgreed));
        var childId = Referrals.NewChildId();
        var referralId = Guid.NewGuid();

        var id = await _steps.RequestAsync(childId, referralId);
        Assert.True(Has(await _steps.ListAsync($"awaiting=offer&laChildId={childId}"), id));
        var offered = await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/offer", Offer());
        Assert.Equal("offered", offered.GetProperty("status").GetString());
        Assert.Equal("Test Parent", offered.GetProperty("offer").GetProperty("offeredTo")[0].GetProperty("name").GetString());
        Assert.True(Has(await _steps.ListAsync($"awaiting=answer&laChildId={childId}"), id));

        await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/answer", Accept(offered));
        Assert.False(Has(await _steps.ListAsync($"awaiting=answer&laChildId={childId}"), id));
        Assert.True(Has(await _steps.ListAsync($"awaiting=date&laChildId={childId}"), id));
        await _steps.OkAsync(HttpMethod.Put, $"{Requests}/{id}/coordinator", Coordinator());
        var scheduled = await _steps.OkAsync(HttpMethod.Put, $"{Requests}/{id}/meeting-date", new { scheduledFor = Today() });
        Assert.Equal("scheduled", scheduled.GetProperty("status").GetString());
        Assert.False(Has(await _steps.ListAsync($"awaiting=date&laChildId={childId}"), id));

        var held = await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/meeting", Meeting());
        Assert.Equal("held", held.GetProperty("status").GetString());
        var meeting = held.GetProperty("meeting");
        var meetingId = meeting.GetProperty("meetingId").GetGuid();
        Assert.Equal(2, meeting.GetProperty("networkMembersPresent").GetInt32());
        Assert.Equal(3, meeting.GetProperty("networkMembers").GetArrayLength());
        Assert.Equal("fgc-07", meeting.GetProperty("coordinatorId").GetString());

        var heldEvent = Assert.Single(await heldWatch.WaitForAsync(m => m.GetProperty("requestId").GetGuid() == id, 1, Within));
        Assert.Equal(meetingId, heldEvent.GetProperty("meetingId").GetGuid());
        Assert.Equal(referralId, heldEvent.GetProperty("referralId").GetGuid());
        Assert.Equal(childId, heldEvent.GetProperty("laChildId").GetString());
        Assert.Equal(2, heldEvent.GetProperty("networkMembersPresent").GetInt32());
        Assert.True(heldEvent.GetProperty("childTookPart").GetBoolean());

        var plan = await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/plan", Plan(), HttpStatusCode.Created);
        var planId = plan.GetProperty("id").GetGuid();
        Assert.Equal(1, plan.GetProperty("version").GetInt32());
        Assert.Equal(planId, (await system.Gateway.GetFromJsonAsync<JsonElement>($"{Requests}/{id}")).GetProperty("familyPlanId").GetGuid());

        var agreed = Assert.Single(await planWatch.WaitForAsync(m => m.GetProperty("familyPlanId").GetGuid() == planId, 1, Within));
        Assert.Equal(meetingId, agreed.GetProperty("meetingId").GetGuid());
        Assert.Equal(referralId, agreed.GetProperty("referralId").GetGuid());
        Assert.Equal(childId, agreed.GetProperty("laChildId").GetString());
        Assert.Equal(2, agreed.GetProperty("safeguards").GetInt32());
        Assert.True(agreed.GetProperty("localAuthorityAgrees").GetBoolean());
        Assert.Equal(plan.GetProperty("reviewDue").GetString(), agreed.GetProperty("reviewDue").GetString());
        Assert.Equal(1, agreed.GetProperty("version").GetInt32());

        // A revision is a new version, announced again; revising a stale version is refused.
        var revision = new
        {
            revisesVersion = 1,
            agreedOn = Today(),
            localAuthorityAgrees = true,
            reviewDue = DateOnly.ParseExact(Today(), "yyyy-MM-dd").AddMonths(2).ToString("yyyy-MM-dd"),
            safeguards = new[] { new { action = "Lives with the grandmother during the week", responsible = "Test Grandmother", when = "From Monday", contingency = "Respite with the family friend" } },
        };
        var revised = await _steps.OkAsync(HttpMethod.Post, $"{Plans}/{planId}/revisions", revision);
        Assert.Equal(2, revised.GetProperty("version").GetInt32());
        Assert.Equal(1, revised.GetProperty("earlierVersions").GetArrayLength());
        var second = await planWatch.WaitForAsync(m => m.GetProperty("familyPlanId").GetGuid() == planId && m.GetProperty("version").GetInt32() == 2, 1, Within);
        Assert.Equal(1, second[0].GetProperty("safeguards").GetInt32());
        using var stale = await system.SendAsync(HttpMethod.Post, $"{Plans}/{planId}/revisions", revision);
        await Problem.AssertAsync(stale, HttpStatusCode.Conflict, "revisesVersion");

        // Names of the family and the network never leave in events.
        Assert.Equal(0, await system.CountAsync("familynetworks", "SELECT count(*) FROM outbox_messages WHERE payload::text LIKE '%Test %'"));
    }

    [Fact]
    public async Task Plans_due_for_review_are_those_reviewed_today_or_earlier_and_a_review_or_an_end_takes_them_off()
    {
        var childId = Referrals.NewChildId();
        var id = await _steps.HeldAsync(childId, Guid.NewGuid());
        var today = DateOnly.ParseExact(Today(), "yyyy-MM-dd");
        var due = today.AddDays(7);
        var planId = (await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/plan", Plan(due.ToString("yyyy-MM-dd")), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        async Task<bool> ListedOn(DateOnly day)
        {
            using var response = await system.SendAsync(HttpMethod.Get, $"{Plans}?reviewDue=today-or-overdue&laChildId={childId}", now: new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Any(p => p.GetProperty("id").GetGuid() == planId);
        }
        Assert.False(await ListedOn(due.AddDays(-1)));
        Assert.True(await ListedOn(due));
        Assert.True(await ListedOn(due.AddDays(3)));

        var onDue = new DateTimeOffset(due.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        using (var reviewed = await system.SendAsync(HttpMethod.Post, $"{Plans}/{planId}/reviews",
            new { reviewedOn = due, nextReviewDue = due.AddMonths(1), notes = "Working well." }, onDue))
        {
            Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        }
        Assert.False(await ListedOn(due));
        Assert.True(await ListedOn(due.AddMonths(1)));

        using (var ended = await system.SendAsync(HttpMethod.Post, $"{Plans}/{planId}/end", new { endedOn = due, reason = "achieved" }, onDue))
        {
            Assert.Equal("ended", (await ended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        }
        Assert.False(await ListedOn(due.AddMonths(1)));
        using var again = await system.SendAsync(HttpMethod.Post, $"{Plans}/{planId}/reviews",
            new { reviewedOn = due, nextReviewDue = due.AddMonths(1) }, onDue);
        await Problem.AssertAsync(again, HttpStatusCode.Conflict, "status");
    }

    [Fact]
    public async Task A_pre_proceedings_offer_is_made_in_the_letter_before_proceedings_with_an_independent_coordinator()
    {
        var childId = Referrals.NewChildId();
        var id = await _steps.RequestAsync(childId, Guid.NewGuid(), "pre-proceedings");

        using (var noLetter = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/offer", Offer()))
        {
            await Problem.AssertAsync(noLetter, HttpStatusCode.UnprocessableEntity, "letterBeforeProceedingsOn");
        }
        Assert.Equal("requested", (await system.Gateway.GetFromJsonAsync<JsonElement>($"{Requests}/{id}")).GetProperty("status").GetString());
        using (var notIndependent = await system.SendAsync(HttpMethod.Put, $"{Requests}/{id}/coordinator", Coordinator(independent: false)))
        {
            await Problem.AssertAsync(notIndependent, HttpStatusCode.UnprocessableEntity, "independent");
        }

        var offered = await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/offer", Offer(letterBeforeProceedingsOn: Today()));
        Assert.Equal(Today(), offered.GetProperty("offer").GetProperty("letterBeforeProceedingsOn").GetString());
        var declined = await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/answer", Decline(offered, "We want to speak to our solicitor first."));
        Assert.Equal("declined", declined.GetProperty("status").GetString());
        Assert.Equal("We want to speak to our solicitor first.", declined.GetProperty("answers")[0].GetProperty("declineReason").GetString());

        using var held = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/meeting", Meeting());
        await Problem.AssertAsync(held, HttpStatusCode.UnprocessableEntity, "answer");
        Assert.Equal(0, await _steps.OutboxAsync("FamilyNetworkMeetingHeld", "requestId", id.ToString()));
    }
}
