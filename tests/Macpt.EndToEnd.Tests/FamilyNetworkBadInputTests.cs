using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Macpt.EndToEnd.Tests.FamilyNetworkSteps;

namespace Macpt.EndToEnd.Tests;

/// <summary>Every refused family networks request answers problem+json naming the field, and stores nothing.</summary>
[Collection(MacptSystemCollection.Name)]
public sealed class FamilyNetworkBadInputTests(MacptSystem system)
{
    private readonly FamilyNetworkSteps _steps = new(system);

    private Task<long> PlansForAsync(Guid requestId) =>
        system.CountAsync("familynetworks", "SELECT count(*) FROM family_plans WHERE request_id = @id", ("id", requestId));

    private Task<long> MeetingsForAsync(Guid requestId) =>
        system.CountAsync("familynetworks", "SELECT count(*) FROM meeting_requests WHERE id = @id AND meeting IS NOT NULL", ("id", requestId));

    [Theory]
    [InlineData("laChildId")]
    [InlineData("stage")]
    [InlineData("referralId")]
    public async Task A_request_missing_a_field_answers_400_naming_it_and_stores_nothing(string field)
    {
        var childId = Referrals.NewChildId();
        var body = new Dictionary<string, object?> { ["laChildId"] = childId, ["stage"] = "section-47", ["referralId"] = Guid.NewGuid() };
        body[field] = field == "stage" ? "court" : null;
        using var response = await system.SendAsync(HttpMethod.Post, Requests, body);
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(0, await _steps.StoredRequestsAsync(childId));
    }

    [Fact]
    public async Task Unknown_ids_answer_404()
    {
        var unknown = Guid.NewGuid();
        using var offer = await system.SendAsync(HttpMethod.Post, $"{Requests}/{unknown}/offer", Offer());
        await Problem.AssertAsync(offer, HttpStatusCode.NotFound);
        using var get = await system.SendAsync(HttpMethod.Get, $"{Requests}/{unknown}");
        await Problem.AssertAsync(get, HttpStatusCode.NotFound);
        using var plan = await system.SendAsync(HttpMethod.Post, $"{Requests}/{unknown}/plan", Plan());
        await Problem.AssertAsync(plan, HttpStatusCode.NotFound);
        using var review = await system.SendAsync(HttpMethod.Post, $"{Plans}/{unknown}/reviews", new { reviewedOn = Today(), nextReviewDue = Tomorrow() });
        await Problem.AssertAsync(review, HttpStatusCode.NotFound);
        Assert.Equal(0, await PlansForAsync(unknown));
    }

    [Fact]
    public async Task A_meeting_held_before_it_was_offered_or_dated_before_the_offer_or_tomorrow_answers_422_and_stores_nothing()
    {
        var id = await _steps.RequestAsync(Referrals.NewChildId(), Guid.NewGuid());
        using (var notOffered = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/meeting", Meeting()))
        {
            await Problem.AssertAsync(notOffered, HttpStatusCode.UnprocessableEntity, "offer");
        }

        var offered = await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/offer", Offer());
        await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/answer", Accept(offered));
        using (var noCoordinator = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/meeting", Meeting()))
        {
            await Problem.AssertAsync(noCoordinator, HttpStatusCode.UnprocessableEntity, "coordinator");
        }
        await _steps.OkAsync(HttpMethod.Put, $"{Requests}/{id}/coordinator", Coordinator());
        var yesterday = DateOnly.ParseExact(Today(), "yyyy-MM-dd").AddDays(-1).ToString("yyyy-MM-dd");
        using (var beforeOffer = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/meeting", Meeting(heldOn: yesterday)))
        {
            await Problem.AssertAsync(beforeOffer, HttpStatusCode.UnprocessableEntity, "heldOn");
        }
        using (var tomorrow = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/meeting", Meeting(heldOn: Tomorrow())))
        {
            await Problem.AssertAsync(tomorrow, HttpStatusCode.UnprocessableEntity, "heldOn");
        }
        Assert.Equal(0, await MeetingsForAsync(id));
        Assert.Equal(0, await _steps.OutboxAsync("FamilyNetworkMeetingHeld", "requestId", id.ToString()));

        await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/meeting", Meeting());
        using var twice = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/meeting", Meeting());
        await Problem.AssertAsync(twice, HttpStatusCode.Conflict, "heldOn");
        Assert.Equal(1, await _steps.OutboxAsync("FamilyNetworkMeetingHeld", "requestId", id.ToString()));
    }

    [Fact]
    public async Task A_second_answer_or_a_second_offer_answers_409_and_changes_nothing()
    {
        var id = await _steps.RequestAsync(Referrals.NewChildId(), Guid.NewGuid());
        using (var beforeOffer = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/answer", Accept(Guid.NewGuid())))
        {
            await Problem.AssertAsync(beforeOffer, HttpStatusCode.UnprocessableEntity, "offer");
        }
        var offered = await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/offer", Offer());
        using (var again = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/offer", Offer()))
        {
            await Problem.AssertAsync(again, HttpStatusCode.Conflict, "offeredOn");
        }
        await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/answer", Accept(offered));
        using (var secondAcceptance = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/answer", Accept(offered)))
        {
            await Problem.AssertAsync(secondAcceptance, HttpStatusCode.Conflict, "personId");
        }
        using (var notOffered = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/answer", Accept(Guid.NewGuid())))
        {
            await Problem.AssertAsync(notOffered, HttpStatusCode.UnprocessableEntity, "personId");
        }
        using var declined = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/answer", Decline(offered, "Changed our minds."));
        await Problem.AssertAsync(declined, HttpStatusCode.Conflict, "personId");
        Assert.Equal("accepted", (await system.Gateway.GetFromJsonAsync<JsonElement>($"{Requests}/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_declined_answer_without_the_familys_reason_answers_400()
    {
        var id = await _steps.RequestAsync(Referrals.NewChildId(), Guid.NewGuid());
        var offered = await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/offer", Offer());
        using var response = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/answer", new { personId = PersonOf(offered), answer = "declined", answeredOn = Today() });
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "declineReason");
        Assert.Equal("offered", (await system.Gateway.GetFromJsonAsync<JsonElement>($"{Requests}/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_plan_with_no_safeguards_or_a_safeguard_with_no_one_responsible_answers_400_and_stores_nothing()
    {
        var id = await _steps.HeldAsync(Referrals.NewChildId(), Guid.NewGuid());
        using (var none = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/plan", Plan(safeguards: [])))
        {
            await Problem.AssertAsync(none, HttpStatusCode.BadRequest, "safeguards");
        }
        using (var noOne = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/plan",
            Plan(safeguards: [new { action = "Collects from school", responsible = " ", when = "Daily", contingency = "The school calls" }])))
        {
            await Problem.AssertAsync(noOne, HttpStatusCode.BadRequest, "safeguards[0].responsible");
        }
        using (var noContingency = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/plan",
            Plan(safeguards: [new { action = "Collects from school", responsible = "Grandmother", when = "Daily" }])))
        {
            await Problem.AssertAsync(noContingency, HttpStatusCode.BadRequest, "safeguards[0].contingency");
        }
        var tomorrowPlan = new
        {
            agreedOn = Tomorrow(),
            safeguards = new[] { new { action = "a", responsible = "b", when = "c", contingency = "d" } },
            localAuthorityAgrees = true,
            reviewDue = DateOnly.ParseExact(Tomorrow(), "yyyy-MM-dd").AddDays(30)
        };
        using (var future = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/plan", tomorrowPlan))
        {
            await Problem.AssertAsync(future, HttpStatusCode.UnprocessableEntity, "agreedOn");
        }
        using (var reviewBefore = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/plan", Plan(reviewDue: Today())))
        {
            await Problem.AssertAsync(reviewBefore, HttpStatusCode.UnprocessableEntity, "reviewDue");
        }
        Assert.Equal(0, await PlansForAsync(id));

        await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/plan", Plan(), HttpStatusCode.Created);
        using var second = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/plan", Plan());
        await Problem.AssertAsync(second, HttpStatusCode.Conflict, "plan");
        Assert.Equal(1, await PlansForAsync(id));
    }

    [Fact]
    public async Task A_plan_before_the_meeting_is_held_answers_422_and_stores_nothing()
    {
        var id = await _steps.AcceptedAsync(Referrals.NewChildId(), Guid.NewGuid());
        using var response = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/plan", Plan());
        await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "meeting");
        Assert.Equal(0, await PlansForAsync(id));
    }

    [Fact]
    public async Task Unknown_list_filters_answer_400()
    {
        using var requests = await system.SendAsync(HttpMethod.Get, $"{Requests}?awaiting=everything");
        await Problem.AssertAsync(requests, HttpStatusCode.BadRequest, "awaiting");
        using var plans = await system.SendAsync(HttpMethod.Get, $"{Plans}?reviewDue=soon");
        await Problem.AssertAsync(plans, HttpStatusCode.BadRequest, "reviewDue");
    }
}
