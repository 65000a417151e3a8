using System.Net;
using System.Text.Json;
using static Macpt.EndToEnd.Tests.FamilyNetworkSteps;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Every family networks list answers one page, <c>{ items, page, pageSize, total }</c>, in a stable order, nothing
/// cut silently; and a broken rule answers 409 or 422 by the one rule problem mapper, naming its field.
/// (The service has no Idempotency-Key creates: a repeated practitioner request answers 200 with the open request.)
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class FamilyNetworkListTests(MacptSystem system)
{
    private readonly FamilyNetworkSteps _steps = new(system);

    private static Guid[] Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToArray();

    private async Task AssertPagedOneByOneAsync(string list, string filter, Guid[] expected)
    {
        var seen = new List<Guid>();
        for (var number = 1; number <= expected.Length; number++)
        {
            var page = await _steps.PageAsync(list, $"{filter}&pageSize=1&page={number}");
            Assert.Equal(number, page.GetProperty("page").GetInt32());
            Assert.Equal(1, page.GetProperty("pageSize").GetInt32());
            Assert.Equal(expected.Length, page.GetProperty("total").GetInt32());
            seen.Add(Assert.Single(Ids(page)));
        }
        Assert.Equal(expected.Order(), seen.Order());
        var pastTheEnd = await _steps.PageAsync(list, $"{filter}&pageSize=1&page={expected.Length + 1}");
        Assert.Empty(Ids(pastTheEnd));
        Assert.Equal(expected.Length, pastTheEnd.GetProperty("total").GetInt32());
        // The same query twice gives the same order.
        Assert.Equal(Ids(await _steps.PageAsync(list, $"{filter}&pageSize=200")), Ids(await _steps.PageAsync(list, $"{filter}&pageSize=200")));

        using var tooBig = await system.SendAsync(HttpMethod.Get, $"{list}?{filter}&pageSize=201");
        await Problem.AssertAsync(tooBig, HttpStatusCode.BadRequest, "pageSize");
        using var pageZero = await system.SendAsync(HttpMethod.Get, $"{list}?{filter}&page=0");
        await Problem.AssertAsync(pageZero, HttpStatusCode.BadRequest, "page");
    }

    [Fact]
    public async Task The_requests_list_pages_one_at_a_time_and_a_page_past_the_end_is_empty_with_the_total()
    {
        var childId = Referrals.NewChildId();
        var referralId = Guid.NewGuid();
        Guid[] ids = [await _steps.RequestAsync(childId, referralId, "family-help"), await _steps.RequestAsync(childId, referralId, "section-47"),
            await _steps.RequestAsync(childId, referralId, "pre-conference")];
        await AssertPagedOneByOneAsync(Requests, $"laChildId={childId}", ids);
        // The work lists page too.
        var awaitingOffer = await _steps.PageAsync(Requests, $"laChildId={childId}&awaiting=offer&pageSize=2");
        Assert.Equal((3, 2), (awaitingOffer.GetProperty("total").GetInt32(), Ids(awaitingOffer).Length));
    }

    [Fact]
    public async Task The_plans_list_pages_one_at_a_time_and_a_page_past_the_end_is_empty_with_the_total()
    {
        var childId = Referrals.NewChildId();
        var first = await _steps.HeldAsync(childId, Guid.NewGuid());
        var second = await _steps.HeldAsync(childId, Guid.NewGuid());
        Guid[] plans = [
            (await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{first}/plan", Plan(), HttpStatusCode.Created)).GetProperty("id").GetGuid(),
            (await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{second}/plan", Plan(), HttpStatusCode.Created)).GetProperty("id").GetGuid()];
        await AssertPagedOneByOneAsync(Plans, $"laChildId={childId}", plans);
    }

    [Fact]
    public async Task A_broken_rule_answers_409_or_422_from_the_rule_mapper_with_errors_naming_the_field()
    {
        var id = await _steps.RequestAsync(Referrals.NewChildId(), Guid.NewGuid(), "pre-proceedings");
        using (var noLetter = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/offer", Offer()))
        {
            var problem = await Problem.AssertAsync(noLetter, HttpStatusCode.UnprocessableEntity, "letterBeforeProceedingsOn");
            Assert.Equal("The request breaks a rule.", problem.GetProperty("title").GetString());
        }
        await _steps.OkAsync(HttpMethod.Post, $"{Requests}/{id}/offer", Offer(letterBeforeProceedingsOn: Today()));
        using var again = await system.SendAsync(HttpMethod.Post, $"{Requests}/{id}/offer", Offer(letterBeforeProceedingsOn: Today()));
        var conflict = await Problem.AssertAsync(again, HttpStatusCode.Conflict, "offeredOn");
        Assert.Equal("The request conflicts with the record.", conflict.GetProperty("title").GetString());
        Assert.Equal(1, conflict.GetProperty("errors").GetProperty("offeredOn").GetArrayLength());
    }
}
