using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Macpt.EndToEnd.Tests;

/// <summary>The referrals service's lists answer one paged shape: { items, page, pageSize, total }, at most 200 a page.</summary>
[Collection(MacptSystemCollection.Name)]
public sealed class ReferralListTests(MacptSystem system)
{
    [Fact]
    public async Task The_decision_queue_pages_one_at_a_time_and_a_page_past_the_end_is_empty()
    {
        // Three referrals received on Tuesday 2 March 2027 are the only ones due on the Wednesday.
        var receivedAt = At("2027-03-02T10:00:00Z");
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            using var created = await system.SendAsync(HttpMethod.Post, "/api/referrals", Referrals.Body(receivedAt: receivedAt.AddMinutes(i)),
                receivedAt.AddHours(1), "list-" + Guid.NewGuid().ToString("N"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            ids.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }
        var now = At("2027-03-03T09:00:00Z");

        var seen = new List<Guid>();
        for (var page = 1; page <= 3; page++)
        {
            var body = await PageAsync($"/api/referrals?due=today&page={page}&pageSize=1", now);
            Assert.Equal((page, 1, 3), (body.GetProperty("page").GetInt32(), body.GetProperty("pageSize").GetInt32(), body.GetProperty("total").GetInt32()));
            seen.Add(Assert.Single(body.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        }
        Assert.Equal(ids, seen); // oldest received first

        var past = await PageAsync("/api/referrals?due=today&page=4&pageSize=1", now);
        Assert.Empty(past.GetProperty("items").EnumerateArray());
        Assert.Equal(3, past.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_consultations_list_pages_one_at_a_time_and_a_page_past_the_end_is_empty()
    {
        for (var i = 0; i < 2; i++)
        {
            using var asked = await system.Gateway.PostAsJsonAsync("/api/referrals/consultations",
                new { requesterAgency = "police", question = "Is this a referral?" });
            Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        }

        var first = await PageAsync("/api/referrals/consultations?status=all&page=1&pageSize=1");
        var total = first.GetProperty("total").GetInt32();
        Assert.True(total >= 2);
        Assert.Single(first.GetProperty("items").EnumerateArray());
        Assert.Equal(1, first.GetProperty("pageSize").GetInt32());
        var second = await PageAsync("/api/referrals/consultations?status=all&page=2&pageSize=1");
        Assert.NotEqual(first.GetProperty("items")[0].GetProperty("id").GetGuid(), second.GetProperty("items")[0].GetProperty("id").GetGuid());

        var past = await PageAsync($"/api/referrals/consultations?status=all&page={total + 1}&pageSize=1");
        Assert.Empty(past.GetProperty("items").EnumerateArray());
        Assert.Equal(total, past.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/referrals?pageSize=201")]
    [InlineData("/api/referrals/consultations?pageSize=201")]
    public async Task A_page_size_over_200_is_refused(string path) =>
        await Problem.AssertAsync(await system.Gateway.GetAsync(path), HttpStatusCode.BadRequest, "pageSize");

    private async Task<JsonElement> PageAsync(string path, DateTimeOffset? now = null)
    {
        using var response = await system.SendAsync(HttpMethod.Get, path, now: now);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
}
