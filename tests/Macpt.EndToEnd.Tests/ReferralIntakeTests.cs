using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Macpt.ServiceDefaults;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// The front door's referrals through the gateway: households of siblings, re-referrals, deadlines
/// across weekends and bank holidays, and the decision queue. "Now" is moved per request with the
/// test-only X-Macpt-Test-Now header (on only in test runs).
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class ReferralIntakeTests(MacptSystem system)
{
    [Fact]
    public async Task Three_children_of_one_household_become_three_linked_referrals_once()
    {
        var ids = new[] { Referrals.NewChildId(), Referrals.NewChildId(), Referrals.NewChildId() };
        var body = new
        {
            children = new object[]
            {
                Child(ids[0], "2012-02-03"), Child(ids[1], "2015-07-08"),
                new { laChildId = ids[2], expectedDateOfBirth = DateTime.UtcNow.AddMonths(4).ToString("yyyy-MM-dd"), gender = "0" }, // the old code, accepted alone in the transition
            },
            referralSource = "6",
            concerns = "Police attended a domestic incident at the family home.",
            receivedAt = DateTimeOffset.UtcNow.AddMinutes(-30),
            harmContext = "intra-familial",
            suspectedCategories = new[] { "EMO", "PHY" },
            referrer = new { agency = "Police", role = "Public protection officer", contact = "PPU desk" },
        };
        var key = "household-" + Guid.NewGuid().ToString("N");

        var first = await PostAsync("/api/referrals/households", body, key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = await first.Content.ReadFromJsonAsync<JsonElement>();
        var householdId = created.GetProperty("householdId").GetGuid();
        var referralIds = created.GetProperty("referrals").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(3, referralIds.Distinct().Count());
        Assert.All(created.GetProperty("referrals").EnumerateArray(), r => Assert.Equal(householdId, r.GetProperty("householdId").GetGuid()));

        foreach (var id in referralIds)
        {
            var details = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}");
            var siblings = details.GetProperty("siblingReferralIds").EnumerateArray().Select(s => s.GetGuid()).ToHashSet();
            Assert.Equal(referralIds.Where(x => x != id).ToHashSet(), siblings);
            Assert.Equal("intra-familial", details.GetProperty("harmContext").GetString());
            Assert.Equal(["EMO", "PHY"], details.GetProperty("suspectedCategories").EnumerateArray().Select(c => c.GetString()!).ToArray());
            Assert.Equal("Police", details.GetProperty("referrer").GetProperty("agency").GetString());
            // Sex, not gender (codes.md §1): the unborn child's old gender code 0 is stored as U.
            Assert.Equal(id == referralIds[2] ? "U" : "F", details.GetProperty("child").GetProperty("sex").GetString());
        }

        // Resubmitted by the front door: the same three, nothing new.
        var replay = await PostAsync("/api/referrals/households", body, key);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        var replayed = (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referrals").EnumerateArray().Select(r => r.GetProperty("id").GetGuid());
        Assert.Equal(referralIds, replayed);
        Assert.Equal(3, await system.CountAsync("referrals", "SELECT count(*) FROM referrals WHERE household_id = @h", ("h", householdId)));
        Assert.Equal(3, await system.CountAsync("referrals",
            "SELECT count(*) FROM outbox_messages WHERE message_type = 'Macpt.Contracts.Referrals.ReferralReceived' AND payload->>'householdId' = @h", ("h", householdId.ToString())));
    }

    [Fact]
    public async Task A_child_referred_again_within_12_months_is_a_re_referral_linked_to_the_earlier_one()
    {
        var child = Referrals.NewChildId();
        var first = await CreateAtAsync(child, At("2026-01-12T10:00:00Z"));
        var second = await CreateAtAsync(child, At("2026-09-01T10:00:00Z"));
        Assert.False(first.GetProperty("isReReferral").GetBoolean());
        Assert.True(second.GetProperty("isReReferral").GetBoolean());
        Assert.Equal(first.GetProperty("id").GetGuid(), second.GetProperty("previousReferralId").GetGuid());
    }

    [Fact]
    public async Task A_child_referred_again_after_more_than_12_months_is_not_a_re_referral()
    {
        var child = Referrals.NewChildId();
        await CreateAtAsync(child, At("2025-08-01T10:00:00Z"));
        var later = await CreateAtAsync(child, At("2026-08-03T10:00:00Z"));
        Assert.False(later.GetProperty("isReReferral").GetBoolean());
        Assert.Equal(JsonValueKind.Null, later.TryGetProperty("previousReferralId", out var p) ? p.ValueKind : JsonValueKind.Null);
    }

    [Theory]
    [InlineData("2026-11-27T16:00:00Z", "2026-11-30")] // Friday → Monday
    [InlineData("2026-12-24T11:00:00Z", "2026-12-29")] // Christmas Day and the Boxing Day substitute skipped
    [InlineData("2026-04-02T09:00:00Z", "2026-04-07")] // Good Friday and Easter Monday skipped
    [InlineData("2026-06-30T23:30:00Z", "2026-07-02")] // 00:30 on 1 July in London (BST)
    public async Task The_decision_is_due_one_working_day_after_receipt(string receivedAt, string dueBy)
    {
        var created = await CreateAtAsync(Referrals.NewChildId(), At(receivedAt));
        Assert.Equal(dueBy, created.GetProperty("decisionDueBy").GetString());
    }

    [Fact]
    public async Task A_receipt_time_sent_with_an_offset_is_stored_as_the_same_instant()
    {
        var receivedAt = DateTimeOffset.UtcNow.AddMinutes(-20).ToOffset(TimeSpan.FromHours(1));
        var id = await Referrals.CreateAsync(system.Gateway, Referrals.Body(receivedAt: receivedAt));
        var stored = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}");
        Assert.Equal(receivedAt.UtcDateTime, stored.GetProperty("receivedAt").GetDateTimeOffset().UtcDateTime, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task The_queue_lists_overdue_and_due_today_oldest_first_and_decided_referrals_leave_it()
    {
        var overdue = (await CreateAtAsync(Referrals.NewChildId(), At("2026-11-30T09:00:00Z"))).GetProperty("id").GetGuid(); // due Tue 1 Dec
        var dueToday = (await CreateAtAsync(Referrals.NewChildId(), At("2026-12-01T09:00:00Z"))).GetProperty("id").GetGuid(); // due Wed 2 Dec
        var now = At("2026-12-02T10:00:00Z");

        var overdueList = await ListAllAsync("status=awaiting-decision&due=overdue", now);
        var todayList = await ListAllAsync("status=awaiting-decision&due=today", now);
        Assert.Contains(overdue, overdueList.Select(r => r.Id));
        Assert.DoesNotContain(dueToday, overdueList.Select(r => r.Id));
        Assert.Contains(dueToday, todayList.Select(r => r.Id));
        Assert.DoesNotContain(overdue, todayList.Select(r => r.Id));
        Assert.True(overdueList.Single(r => r.Id == overdue).IsOverdue);
        Assert.Equal(overdueList.OrderBy(r => r.ReceivedAt).Select(r => r.Id), overdueList.Select(r => r.Id));

        (await Referrals.DecideAsync(system.Gateway, overdue, "no-further-action")).EnsureSuccessStatusCode();
        Assert.DoesNotContain(overdue, (await ListAllAsync("status=awaiting-decision&due=today-or-overdue", now)).Select(r => r.Id));
        Assert.Contains(overdue, (await ListAllAsync("status=decided", now)).Select(r => r.Id));
    }

    [Fact]
    public async Task The_queue_pages_without_gaps_or_repeats()
    {
        for (var i = 0; i < 3; i++) await Referrals.CreateAsync(system.Gateway);
        var all = await ListAllAsync("status=all", DateTimeOffset.UtcNow, pageSize: 200);
        var paged = await ListAllAsync("status=all", DateTimeOffset.UtcNow, pageSize: 2);
        Assert.Equal(all.Select(r => r.Id), paged.Select(r => r.Id));
    }

    public static TheoryData<string, string> BadChildren => new()
    {
        { """{"laChildId":"X1","firstName":"A","lastName":"B","dateOfBirth":"2015-01-01","sex":"M","nhsNumber":"9434765918"}""", "child.nhsNumber" },
        { """{"laChildId":"X1","firstName":"A","lastName":"B","dateOfBirth":"2015-01-01","sex":"M","upn":"A801200001001"}""", "child.upn" },
        { """{"laChildId":"X1","firstName":"A","lastName":"B","dateOfBirth":"2015-01-01","sex":"M","ethnicity":"XXXX"}""", "child.ethnicity" },
        { """{"laChildId":"X1","firstName":"A","lastName":"B","dateOfBirth":"2015-01-01","expectedDateOfBirth":"2027-01-01","sex":"M"}""", "child.expectedDateOfBirth" },
        { """{"laChildId":"X1","firstName":"A","lastName":"B","sex":"M"}""", "child.dateOfBirth" },
        { """{"laChildId":"X1-Z","firstName":"A","lastName":"B","dateOfBirth":"2015-01-01","sex":"M"}""", "child.laChildId" },
    };

    [Theory]
    [MemberData(nameof(BadChildren))]
    public async Task A_child_with_a_bad_identifier_is_refused_naming_the_field_and_nothing_is_stored(string childJson, string field)
    {
        var before = await system.CountAsync("referrals", "SELECT count(*) FROM referrals");
        var json = $$"""{"child":{{childJson}},"referralSource":"2A","concerns":"c","receivedAt":"{{DateTimeOffset.UtcNow.AddMinutes(-1):O}}"}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", "bad-" + Guid.NewGuid().ToString("N"));
        using var response = await system.Gateway.SendAsync(request);
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await system.CountAsync("referrals", "SELECT count(*) FROM referrals"));
    }

    [Fact]
    public async Task Concerns_over_the_limit_are_refused()
    {
        var body = new
        {
            child = Child(Referrals.NewChildId(), "2014-01-01"),
            referralSource = "2A",
            concerns = new string('x', 20_001),
            receivedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
        };
        await Problem.AssertAsync(await PostAsync("/api/referrals", body, "bad-" + Guid.NewGuid().ToString("N")), HttpStatusCode.BadRequest, "concerns");
    }

    [Theory]
    [InlineData("due=tomorrow", "due")]
    [InlineData("status=open", "status")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=10737420&pageSize=200", "page")]
    public async Task A_bad_queue_filter_is_refused_naming_it(string query, string field) =>
        await Problem.AssertAsync(await system.Gateway.GetAsync($"/api/referrals?{query}"), HttpStatusCode.BadRequest, field);

    private static object Child(string laChildId, string dateOfBirth) => new
    {
        laChildId,
        firstName = "Test",
        lastName = "Sibling",
        dateOfBirth,
        sex = "F",
        ethnicity = "WBRI",
        nhsNumber = "943 476 5919",
        upn = "H801200001001",
        language = "English",
        interpreterNeeded = false,
        address = new { line1 = "1 Test Street", town = "Testtown", postcode = "tt1 1tt" },
    };

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    private async Task<JsonElement> CreateAtAsync(string laChildId, DateTimeOffset receivedAt)
    {
        using var response = await PostAsync("/api/referrals", Referrals.Body(laChildId, receivedAt: receivedAt), "fd-" + Guid.NewGuid().ToString("N"), now: receivedAt.AddHours(1));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<HttpResponseMessage> PostAsync(string path, object body, string key, DateTimeOffset? now = null) =>
        system.SendAsync(HttpMethod.Post, path, body, now, key);

    private sealed record Summary(Guid Id, DateTimeOffset ReceivedAt, bool IsOverdue);

    private async Task<List<Summary>> ListAllAsync(string filter, DateTimeOffset now, int pageSize = 200)
    {
        var all = new List<Summary>();
        for (var page = 1; page <= 500; page++)
        {
            using var response = await system.SendAsync(HttpMethod.Get, $"/api/referrals?{filter}&page={page}&pageSize={pageSize}", now: now);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var items = body.GetProperty("items").EnumerateArray()
                .Select(i => new Summary(i.GetProperty("id").GetGuid(), i.GetProperty("receivedAt").GetDateTimeOffset(), i.GetProperty("isOverdue").GetBoolean()))
                .ToList();
            all.AddRange(items);
            if (all.Count >= body.GetProperty("total").GetInt32() || items.Count == 0) break;
        }
        return all;
    }
}
