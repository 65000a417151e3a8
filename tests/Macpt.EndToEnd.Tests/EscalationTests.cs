using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Professional disagreement and escalation through the gateway: a police officer disagrees with the local
/// authority's decision; the LCPP answers; it goes up the partnership's stages with due dates in working days,
/// is listed overdue when a stage passes its date, and ends with its outcome. Another partner never sees it.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class EscalationTests(MacptSystem system)
{
    private const string Base = "/api/referrals/escalations";

    [Fact]
    public async Task A_partners_disagreement_is_answered_escalated_stage_by_stage_listed_when_overdue_and_resolved()
    {
        var police = system.AsUser("police-0001");
        var lcpp = system.AsUser("lcpp-0001");
        var laChildId = Referrals.NewChildId();
        var referralId = await Referrals.CreateAsync(system.Gateway);
        // Thursday 17 December 2026, 10:00: the first stage (practitioners, 3 working days) is due Tuesday 22nd.
        var raisedAt = DateTimeOffset.Parse("2026-12-17T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var key = "esc-" + Guid.NewGuid().ToString("N");
        var body = new { laChildId, subject = "referral-decision", subjectId = referralId, aboutAgency = "local-authority", concern = "We hold information that meets the threshold." };

        using var raised = await SendAsync(police, HttpMethod.Post, Base, body, raisedAt, key);
        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        var d = await raised.Content.ReadFromJsonAsync<JsonElement>();
        var id = d.GetProperty("id").GetGuid();
        Assert.Equal("police-0001", d.GetProperty("raisedBy").GetString()); // the token's actor, never the body
        Assert.Equal("police", d.GetProperty("raisedByAgency").GetString());
        Assert.Equal("practitioners", d.GetProperty("stage").GetString());
        Assert.Equal("2026-12-22", d.GetProperty("stageDueOn").GetString());
        using (var resent = await SendAsync(police, HttpMethod.Post, Base, body, raisedAt, key))
        {
            Assert.Equal(HttpStatusCode.OK, resent.StatusCode); // the same key: the first answer, nothing new stored
            Assert.Equal(id, (await resent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }
        Assert.Equal(1, await system.CountAsync("referrals", "SELECT count(*) FROM professional_disagreements WHERE la_child_id = @c", ("c", laChildId)));
        Assert.Equal(1, await system.CountAsync("referrals",
            "SELECT count(*) FROM outbox_messages WHERE message_type = 'Macpt.Contracts.Escalations.ProfessionalDisagreementRaised' AND payload->>'disagreementId' = @d", ("d", id.ToString())));
        Assert.Equal(0, await system.CountAsync("referrals", "SELECT count(*) FROM outbox_messages WHERE payload::text LIKE '%meets the threshold%'"));

        // Another partner agency neither sees it nor can act on it.
        var health = system.AsUser("health-0001");
        using (var hidden = await health.GetAsync($"{Base}/{id}")) Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        using (var hiddenChange = await SendAsync(health, HttpMethod.Post, $"{Base}/{id}/response", new { response = "x" }, raisedAt))
            Assert.Equal(HttpStatusCode.NotFound, hiddenChange.StatusCode);
        Assert.DoesNotContain(id, await ListAsync(health, "all", laChildId, raisedAt));
        // A front-door system cannot raise one: a disagreement is a practitioner's.
        using (var system_ = await SendAsync(system.ClientFor("local-authority"), HttpMethod.Post, Base, body, raisedAt))
            Assert.Equal(HttpStatusCode.Forbidden, system_.StatusCode);

        // The LCPP answers the first stage, once.
        using (var answered = await SendAsync(lcpp, HttpMethod.Post, $"{Base}/{id}/response", new { response = "Family Help is working with the family." }, raisedAt.AddHours(3)))
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
            var stage = (await answered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stages")[0];
            Assert.Equal("lcpp-0001", stage.GetProperty("respondedBy").GetString());
        }
        using (var twice = await SendAsync(lcpp, HttpMethod.Post, $"{Base}/{id}/response", new { response = "Again." }, raisedAt.AddHours(4)))
            await Problem.AssertAsync(twice, HttpStatusCode.Conflict, "response");

        // Open and not overdue on the due date; overdue the next working day.
        Assert.Contains(id, await ListAsync(lcpp, "open", laChildId, raisedAt.AddDays(5)));
        Assert.DoesNotContain(id, await ListAsync(lcpp, "overdue", laChildId, raisedAt.AddDays(5)));
        Assert.Contains(id, await ListAsync(police, "overdue", laChildId, raisedAt.AddDays(6)));

        // Up the stages: managers on Wednesday 23 December, due 4 January (Christmas, Boxing Day and New Year's Day skipped).
        using (var up = await SendAsync(police, HttpMethod.Post, $"{Base}/{id}/escalation", new { reason = "Not settled." }, raisedAt.AddDays(6)))
        {
            Assert.Equal(HttpStatusCode.OK, up.StatusCode);
            var view = await up.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("managers", view.GetProperty("stage").GetString());
            Assert.Equal("2027-01-04", view.GetProperty("stageDueOn").GetString());
            Assert.Equal(2, view.GetProperty("stages").GetArrayLength());
        }
        Assert.DoesNotContain(id, await ListAsync(lcpp, "overdue", laChildId, raisedAt.AddDays(6)));
        foreach (var expected in new[] { "senior-managers", "safeguarding-partnership" })
        {
            using var next = await SendAsync(police, HttpMethod.Post, $"{Base}/{id}/escalation", new { reason = "Still not settled." }, raisedAt.AddDays(7));
            Assert.Equal(expected, (await next.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stage").GetString());
        }
        using (var beyond = await SendAsync(police, HttpMethod.Post, $"{Base}/{id}/escalation", new { reason = "Further." }, raisedAt.AddDays(7)))
            await Problem.AssertAsync(beyond, HttpStatusCode.Conflict, "stage");
        Assert.Equal(3, await system.CountAsync("referrals",
            "SELECT count(*) FROM outbox_messages WHERE message_type = 'Macpt.Contracts.Escalations.ProfessionalDisagreementEscalated' AND payload->>'disagreementId' = @d", ("d", id.ToString())));

        // Resolved at the partnership: it takes no further change, and is listed resolved.
        using (var resolved = await SendAsync(lcpp, HttpMethod.Post, $"{Base}/{id}/resolution", new { outcome = "decision-changed", summary = "A strategy discussion is convened." }, raisedAt.AddDays(8)))
        {
            Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
            var view = await resolved.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("resolved", view.GetProperty("status").GetString());
            Assert.Equal("decision-changed", view.GetProperty("outcome").GetString());
        }
        using (var after = await SendAsync(police, HttpMethod.Post, $"{Base}/{id}/escalation", new { reason = "x" }, raisedAt.AddDays(9)))
            await Problem.AssertAsync(after, HttpStatusCode.Conflict, "status");
        Assert.Contains(id, await ListAsync(police, "resolved", laChildId, raisedAt.AddDays(9)));
        Assert.DoesNotContain(id, await ListAsync(police, "overdue", laChildId, raisedAt.AddDays(30)));
    }

    [Fact]
    public async Task Bad_input_names_the_field_and_stores_nothing()
    {
        var police = system.AsUser("police-0001");
        var laChildId = Referrals.NewChildId();
        using (var own = await police.PostAsJsonAsync(Base, new { laChildId, subject = "threshold-decision", aboutAgency = "police", concern = "x" }))
            await Problem.AssertAsync(own, HttpStatusCode.BadRequest, "aboutAgency"); // a disagreement is with another agency
        using (var subject = await police.PostAsJsonAsync(Base, new { laChildId, subject = "lunch", aboutAgency = "health", concern = "x" }))
            await Problem.AssertAsync(subject, HttpStatusCode.BadRequest, "subject");
        using (var outcome = await police.PostAsJsonAsync($"{Base}/{Guid.NewGuid()}/resolution", new { outcome = "sorted", summary = "x" }))
            await Problem.AssertAsync(outcome, HttpStatusCode.BadRequest, "outcome");
        using (var unknown = await police.PostAsJsonAsync($"{Base}/{Guid.NewGuid()}/response", new { response = "x" }))
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(0, await system.CountAsync("referrals", "SELECT count(*) FROM professional_disagreements WHERE la_child_id = @c", ("c", laChildId)));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object body, DateTimeOffset now, string? key = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add(MacptSystem.TestNowHeader, now.ToString("O"));
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    private static async Task<List<Guid>> ListAsync(HttpClient client, string status, string laChildId, DateTimeOffset now)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Base}?status={status}&laChildId={laChildId}");
        request.Headers.Add(MacptSystem.TestNowHeader, now.ToString("O"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
    }
}
