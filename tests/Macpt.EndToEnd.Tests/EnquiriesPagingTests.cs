using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Every enquiries list answers one page: { items, page, pageSize, total } in a stable order, at most 200 a page,
/// and a page past the end is an empty page with the right total; nothing is cut silently.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class EnquiriesPagingTests(MacptSystem system)
{
    [Fact]
    public async Task An_enquirys_agency_checks_page_one_at_a_time_in_a_stable_order()
    {
        var enquiryId = (await Enquiries.OpenEnquiryAsync(system)).GetProperty("id").GetGuid();
        foreach (var agency in new[] { "police", "health", "education" })
        {
            using var requested = await system.SendAsync(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiryId}/agency-checks",
                new { agency, service = agency == "health" ? "gp" : null, question = "What do you hold?" });
            Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        }

        var seen = new List<Guid>();
        for (var page = 1; page <= 3; page++)
        {
            var answer = await Page($"/api/enquiries/agency-checks?enquiryId={enquiryId}&pageSize=1&page={page}");
            Assert.Equal(page, answer.GetProperty("page").GetInt32());
            Assert.Equal(1, answer.GetProperty("pageSize").GetInt32());
            Assert.Equal(3, answer.GetProperty("total").GetInt32());
            seen.Add(Assert.Single(answer.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        }
        Assert.Equal(3, seen.Distinct().Count());
        var all = await Page($"/api/enquiries/agency-checks?enquiryId={enquiryId}");
        Assert.Equal(seen, all.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal(50, all.GetProperty("pageSize").GetInt32());

        var past = await Page($"/api/enquiries/agency-checks?enquiryId={enquiryId}&pageSize=1&page=4");
        Assert.Equal(0, past.GetProperty("items").GetArrayLength());
        Assert.Equal(3, past.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Open_enquiries_page_one_at_a_time_and_past_the_end_is_empty()
    {
        var first = await Enquiries.OpenEnquiryAsync(system);
        await Enquiries.OpenEnquiryAsync(system);
        var referralId = first.GetProperty("referralId").GetGuid();
        var one = await Page($"/api/enquiries/section-47-enquiries?referralId={referralId}&pageSize=1");
        Assert.Equal(1, one.GetProperty("total").GetInt32());
        Assert.Equal(first.GetProperty("id").GetGuid(), Assert.Single(one.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var past = await Page($"/api/enquiries/section-47-enquiries?referralId={referralId}&pageSize=1&page=2");
        Assert.Equal(0, past.GetProperty("items").GetArrayLength());
        Assert.Equal(1, past.GetProperty("total").GetInt32());

        // Over the whole list, pages of one do not repeat.
        var a = await Page("/api/enquiries/section-47-enquiries?pageSize=1&page=1");
        var b = await Page("/api/enquiries/section-47-enquiries?pageSize=1&page=2");
        Assert.True(a.GetProperty("total").GetInt32() >= 2);
        Assert.NotEqual(a.GetProperty("items")[0].GetProperty("id").GetGuid(), b.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Strategy_discussions_page_and_past_the_end_is_empty()
    {
        await Enquiries.DiscussionAsync(system, null);
        await Enquiries.DiscussionAsync(system, null);
        var a = await Page("/api/enquiries/strategy-discussions?pageSize=1&page=1");
        var b = await Page("/api/enquiries/strategy-discussions?pageSize=1&page=2");
        var total = a.GetProperty("total").GetInt32();
        Assert.True(total >= 2);
        Assert.NotEqual(a.GetProperty("items")[0].GetProperty("id").GetGuid(), b.GetProperty("items")[0].GetProperty("id").GetGuid());
        var past = await Page($"/api/enquiries/strategy-discussions?pageSize=200&page={total / 200 + 2}");
        Assert.Equal(0, past.GetProperty("items").GetArrayLength());
        Assert.True(past.GetProperty("total").GetInt32() >= total);
    }

    [Theory]
    [InlineData("/api/enquiries/strategy-discussions?pageSize=201", "pageSize")]
    [InlineData("/api/enquiries/section-47-enquiries?pageSize=201", "pageSize")]
    [InlineData("/api/enquiries/agency-checks?pageSize=201", "pageSize")]
    [InlineData("/api/enquiries/agency-checks?pageSize=0", "pageSize")]
    [InlineData("/api/enquiries/strategy-discussions?page=0", "page")]
    public async Task A_page_size_over_200_or_a_page_before_the_first_is_refused(string path, string field) =>
        await Problem.AssertAsync(await system.Gateway.GetAsync(path), HttpStatusCode.BadRequest, field);

    private async Task<JsonElement> Page(string path)
    {
        using var response = await system.Gateway.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
