using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.Contracts.Enquiries;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// The steps of a conference, through the gateway with "now" set per request: an enquiry completing with a
/// conference required (published on the bus), the case team, arrangements, holding, plans.
/// </summary>
public sealed class ConferenceSteps(MacptSystem system)
{
    public const string SocialWorker = "sw-0101";
    public const string LineManager = "tm-0202";
    public const string Lcpp = "lcpp-0303";
    /// <summary>The chair arranged for every conference: a run's conference chair, who finalises the record under their own token.</summary>
    public const string Chair = "chair-0001";
    public const string FamilyHelpLead = "fh-0505";

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>Publishes the enquiry's completion and waits for the initial conference it creates (pre-birth with an expected date of birth).</summary>
    public async Task<(Guid EnquiryId, Guid ConferenceId)> EnquiryCompletedAsync(string laChildId, string completedOn, string target, string? expectedDateOfBirth = null)
    {
        var enquiryId = await PublishEnquiryCompletedAsync(laChildId, completedOn, target, expectedDateOfBirth);
        var list = await Eventually.ReturnsAsync(() => ConferencesAsync(laChildId, "&kind=initial"), l => l.EnumerateArray().Any(c => IsFor(c, enquiryId)),
            TimeSpan.FromSeconds(30), "the initial conference");
        return (enquiryId, list.EnumerateArray().Single(c => IsFor(c, enquiryId)).GetProperty("id").GetGuid());
    }

    /// <summary>Publishes a Section 47 enquiry's completion with a conference required; its id.</summary>
    public async Task<Guid> PublishEnquiryCompletedAsync(string laChildId, string completedOn, string target, string? expectedDateOfBirth = null)
    {
        var enquiryId = Guid.NewGuid();
        await system.PublishAsync(new Section47EnquiryCompleted(enquiryId, null, laChildId, DateOnly.Parse(completedOn, CultureInfo.InvariantCulture),
            Section47Outcomes.ConferenceRequired, true, DateOnly.Parse(target, CultureInfo.InvariantCulture),
            expectedDateOfBirth is null ? null : DateOnly.Parse(expectedDateOfBirth, CultureInfo.InvariantCulture)), Guid.NewGuid());
        return enquiryId;
    }

    private static bool IsFor(JsonElement conference, Guid enquiryId) =>
        conference.TryGetProperty("enquiryId", out var e) && e.ValueKind == JsonValueKind.String && e.GetGuid() == enquiryId;

    /// <summary>The child's conferences (the items of the first page; a child has few).</summary>
    public async Task<JsonElement> ConferencesAsync(string laChildId, string? query = null)
    {
        using var response = await system.SendAsync(HttpMethod.Get, $"/api/conferences?laChildId={laChildId}{query}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items");
    }

    /// <summary>The items of a list's first page (<c>{ items, page, pageSize, total }</c>).</summary>
    public async Task<JsonElement> ItemsAsync(string path, DateTimeOffset? now = null) => (await GetAsync(path, now)).GetProperty("items");

    public async Task<JsonElement> GetAsync(string path, DateTimeOffset? now = null)
    {
        using var response = await system.SendAsync(HttpMethod.Get, path, null, now);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<JsonElement> OkAsync(HttpMethod method, string path, object body, DateTimeOffset now) => OkAsync(system.Gateway, method, path, body, now);

    /// <summary>A write as one principal (e.g. the conference's chair, <c>system.AsUser(Chair)</c>), at a given "now".</summary>
    public async Task<JsonElement> OkAsync(HttpClient caller, HttpMethod method, string path, object body, DateTimeOffset now)
    {
        using var response = await SendAsync(caller, method, path, body, now);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient caller, HttpMethod method, string path, object? body, DateTimeOffset now)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = JsonContent.Create(body, options: Macpt.ServiceDefaults.MacptJson.Options);
        request.Headers.Add(MacptSystem.TestNowHeader, now.ToString("O"));
        return await caller.SendAsync(request);
    }

    public static object CaseTeam => new { socialWorkerId = SocialWorker, lineManagerId = LineManager, lcppId = Lcpp };

    public static object Arrangements(string date, string chairId = Chair, string? lateReason = null, object[]? invitees = null) => new
    {
        date,
        mode = "hybrid",
        venue = "Civic Centre, Room 4",
        chairId,
        invitees = invitees ?? new object[]
        {
            new { kind = "parent", personId = "3f1c2b9e-0000-4000-8000-000000000001" },
            new { kind = "agency", personId = "pol-77", agency = "police" },
            new { kind = "agency", personId = "nhs-5", agency = "health" },
            new { kind = "agency", personId = FamilyHelpLead, agency = "family-help" },
        },
        lateReason,
    };

    public static object Views => new
    {
        attendance = new object[]
        {
            new { personId = "3f1c2b9e-0000-4000-8000-000000000001", role = "Mother", status = "attended" },
            new { personId = "pol-77", role = "Detective constable", agency = "police", status = "attended" },
            new { personId = "nhs-5", role = "Health visitor", agency = "health", status = "apologies-with-report" },
            new { personId = FamilyHelpLead, role = "Family Help lead practitioner", agency = "family-help", status = "attended" },
        },
        agencyViews = new object[]
        {
            new { agency = "police", practitionerId = "pol-77", continuingRisk = true, view = "Repeated incidents reported." },
            new { agency = "health", practitionerId = "nhs-5", continuingRisk = true, view = "Missed appointments and weight loss." },
        },
        parentViews = new object[] { new { parentId = "3f1c2b9e-0000-4000-8000-000000000001", views = "Wants support with housing." } },
        childsViews = new { views = "Drew a picture of home; said she likes school.", howGathered = "seen-by-practitioner", gatheredBy = SocialWorker },
        dissent = new object[] { new { personId = "nhs-5", agency = "health", reason = "Would prefer Family Help support first." } },
    };

    /// <summary>A plan: by default its core group is Family Help, the LCPP and health, its one action Family Help's.</summary>
    public static object Plan(string firstCoreGroupOn, string firstReviewOn, string? categoryOfAbuse = "NEG", object[]? coreGroup = null, string actionOwner = "family-help") => new
    {
        categoryOfAbuse,
        outlinePlan = new
        {
            outcomes = new[] { "The child attends every health appointment." },
            actions = new object[] { new { action = "Weekly home visits.", ownerAgency = actionOwner, dueBy = firstReviewOn } },
        },
        coreGroup = coreGroup ?? new object[]
        {
            new { practitionerId = FamilyHelpLead, agency = "family-help", role = "family-help-lead", keyWorker = true },
            new { practitionerId = Lcpp, agency = "local-authority", role = "lcpp", keyWorker = false },
            new { practitionerId = "nhs-5", agency = "health", role = "member", keyWorker = false },
        },
        firstCoreGroupOn,
        firstReviewOn,
    };

    /// <summary>An initial conference's outcome: a plan when <paramref name="plan"/> is given, else a step-down to Family Help that day.</summary>
    public static Dictionary<string, object?> InitialOutcome(string heldOn, object? plan)
    {
        var body = ToDictionary(Views);
        body["heldOn"] = heldOn;
        body["planRequired"] = plan is not null;
        body["decisionReasons"] = plan is null ? "Family Help support is enough." : "Continuing risk of significant harm from neglect.";
        body["plan"] = plan;
        if (plan is null) body["stepDown"] = new { familyHelpLeadId = FamilyHelpLead, handoverDate = heldOn };
        return body;
    }

    public static Dictionary<string, object?> ReviewOutcome(string heldOn, string latestCategory, object? ending)
    {
        var body = ToDictionary(Views);
        body["heldOn"] = heldOn;
        body["planRequired"] = ending is null;
        body["decisionReasons"] = ending is null ? "Progress, but risk remains." : "No longer at continuing risk of significant harm.";
        body["latestCategoryOfAbuse"] = latestCategory;
        body["ending"] = ending;
        return body;
    }

    public static Dictionary<string, object?> ToDictionary(object o) =>
        JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(o, Macpt.ServiceDefaults.MacptJson.Options))!;

    /// <summary>An initial conference arranged on <paramref name="date"/> (on time: the target is the same day).</summary>
    public async Task<Guid> ArrangedConferenceAsync(string laChildId, string date, DateTimeOffset now, string? expectedDateOfBirth = null)
    {
        var (_, id) = await EnquiryCompletedAsync(laChildId, "2026-11-20", date, expectedDateOfBirth);
        await OkAsync(HttpMethod.Put, $"/api/conferences/{id}/case-team", CaseTeam, now);
        await OkAsync(HttpMethod.Put, $"/api/conferences/{id}/arrangements", Arrangements(date), now);
        return id;
    }

    /// <summary>A plan started by an initial conference held on <paramref name="icpcDate"/>: (conference, plan, first review conference).</summary>
    public async Task<(Guid ConferenceId, Guid PlanId, Guid ReviewId)> PlanStartedAsync(string laChildId, string icpcDate, string firstCoreGroupOn, string firstReviewOn,
        object? decision = null, string? expectedDateOfBirth = null)
    {
        var arrangeAt = At(icpcDate + "T08:00:00Z").AddDays(-3);
        var id = await ArrangedConferenceAsync(laChildId, icpcDate, arrangeAt, expectedDateOfBirth);
        await OkAsync(HttpMethod.Post, $"/api/conferences/{id}/outcome", InitialOutcome(icpcDate, decision ?? Plan(firstCoreGroupOn, firstReviewOn)), At(icpcDate + "T16:00:00Z"));
        var plan = Assert.Single((await ItemsAsync($"/api/conferences/plans?laChildId={laChildId}&status=active")).EnumerateArray());
        var review = (await ConferencesAsync(laChildId, "&kind=review&status=to-arrange")).EnumerateArray().Single();
        return (id, plan.GetProperty("id").GetGuid(), review.GetProperty("id").GetGuid());
    }

    /// <summary>The outbox rows of an event, <paramref name="type"/> named within <c>Macpt.Contracts.Conferences</c> or by its full name.</summary>
    public Task<long> OutboxCountAsync(string type, string idField, Guid id) =>
        system.CountAsync("conferences", "SELECT count(*) FROM outbox_messages WHERE message_type = @t AND payload->>@f = @id",
            ("t", FullName(type)), ("f", idField), ("id", id.ToString()));

    public Task<JsonElement> OutboxPayloadAsync(string type, string idField, Guid id) => PayloadAsync(type, idField, id);

    private static string FullName(string type) => type.StartsWith("Macpt.", StringComparison.Ordinal) ? type : "Macpt.Contracts.Conferences." + type;

    private async Task<JsonElement> PayloadAsync(string type, string idField, Guid id)
    {
        await using var connection = await system.OpenDatabaseAsync("conferences");
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT payload::text FROM outbox_messages WHERE message_type = @t AND payload->>@f = @id ORDER BY created_at DESC LIMIT 1", connection);
        command.Parameters.AddWithValue("t", FullName(type));
        command.Parameters.AddWithValue("f", idField);
        command.Parameters.AddWithValue("id", id.ToString());
        var text = (string?)await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No {type} in the outbox.");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }
}
