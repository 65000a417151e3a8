using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.Contracts.Enquiries;
using Macpt.WorkingDays;
using MassTransit;

namespace Macpt.EndToEnd.Tests;

/// <summary>The steps the advocacy tests share: parents, providers, advocates, a Section 47 enquiry on the bus, offers.</summary>
public sealed class AdvocacyScenario(MacptSystem system)
{
    public const string Base = "/api/advocacy";

    public static object ParentBody(string laChildId, string relationship = "mother", string language = "en") => new
    {
        laChildId,
        name = "Test Parent",
        relationship,
        language,
        interpreterNeeded = language != "en",
        contactPreferences = new[] { "text" },
        phone = "07700 900000",
    };

    public async Task<Guid> RegisterParentAsync(string laChildId, string relationship = "mother")
    {
        using var response = await system.SendAsync(HttpMethod.Post, $"{Base}/parents", ParentBody(laChildId, relationship), idempotencyKey: Key());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<Guid> ProviderAsync()
    {
        using var response = await system.SendAsync(HttpMethod.Post, $"{Base}/providers", new { name = "Parents Together", kind = "voluntary" }, idempotencyKey: Key());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<Guid> AdvocateAsync(Guid providerId, int capacity = 3)
    {
        using var response = await system.SendAsync(HttpMethod.Post, $"{Base}/providers/{providerId}/advocates",
            new { name = "Test Advocate", livedExperience = true, languages = new[] { "en", "pl" }, capacity }, idempotencyKey: Key());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Publishes a Section 47 enquiry start for the child, as the enquiries service would.</summary>
    public async Task<(Guid ReferralId, Guid EnquiryId)> EnquiryStartsAsync(string laChildId, Guid? referralId = null, Guid? messageId = null)
    {
        var referral = referralId ?? Guid.NewGuid();
        var enquiry = Guid.NewGuid();
        var today = Today;
        await system.PublishAsync(new Section47EnquiryStarted(enquiry, referral, laChildId, today, today.AddDays(21)), messageId ?? NewId.NextGuid());
        return (referral, enquiry);
    }

    /// <summary>The child's offers (the first page, which holds them all: a child has a handful).</summary>
    public async Task<JsonElement> OffersAsync(string laChildId)
    {
        using var response = await system.SendAsync(HttpMethod.Get, $"{Base}/offers?laChildId={laChildId}&pageSize=200");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items");
    }

    /// <summary>Waits until the child has at least <paramref name="count"/> offers.</summary>
    public Task<JsonElement> OffersEventuallyAsync(string laChildId, int count) =>
        Eventually.ReturnsAsync(() => OffersAsync(laChildId), o => o.GetArrayLength() >= count, TimeSpan.FromSeconds(30), $"{count} offers");

    public static Guid OfferOf(JsonElement offers, Guid parentId) =>
        offers.EnumerateArray().Single(o => o.GetProperty("parentId").GetGuid() == parentId).GetProperty("id").GetGuid();

    public async Task AcceptAsync(Guid offerId, DateTimeOffset? now = null)
    {
        var on = LondonClock.ToLondonDate(now ?? DateTimeOffset.UtcNow);
        using var response = await system.SendAsync(HttpMethod.Post, $"{Base}/offers/{offerId}/answer", new { answer = "accepted", answeredOn = on }, now);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public Task<HttpResponseMessage> AllocateAsync(Guid offerId, Guid advocateId) =>
        system.SendAsync(HttpMethod.Post, $"{Base}/offers/{offerId}/allocation", new { advocateId });

    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await system.SendAsync(HttpMethod.Get, $"{Base}{path}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// Every item of a paged list shared by all tests (the follow-up lists), page by page at the largest page size, as
    /// "now" says; checks each page's shape on the way.
    /// </summary>
    public async Task<List<JsonElement>> AllPagesAsync(string path, DateTimeOffset? now = null)
    {
        var items = new List<JsonElement>();
        var separator = path.Contains('?') ? '&' : '?';
        for (var page = 1; ; page++)
        {
            using var response = await system.SendAsync(HttpMethod.Get, $"{Base}{path}{separator}page={page}&pageSize=200", now: now);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(page, body.GetProperty("page").GetInt32());
            var pageItems = body.GetProperty("items").EnumerateArray().ToList();
            items.AddRange(pageItems);
            if (pageItems.Count == 0 || items.Count >= body.GetProperty("total").GetInt32()) return items;
        }
    }

    /// <summary>Today in London, as the services count it.</summary>
    public static DateOnly Today => LondonClock.Today(TimeProvider.System);

    public static string Key() => "adv-" + Guid.NewGuid().ToString("N");
}
