using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// A Section 47 enquiry asks police, health and education what they know; each agency answers its own check
/// through the gateway with its own key, once, and late or outstanding checks are listed.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class AgencyCheckTests(MacptSystem system)
{
    [Fact]
    public async Task Each_agency_answers_only_its_own_check_once_and_unanswered_ones_turn_late()
    {
        var enquiry = await Enquiries.OpenEnquiryAsync(system);
        var enquiryId = enquiry.GetProperty("id").GetGuid();
        var checks = new Dictionary<string, JsonElement>();
        foreach (var agency in new[] { "police", "health", "education" })
        {
            using var requested = await Request(enquiryId, new { agency, service = agency == "health" ? "gp" : null, question = "What do you hold on the child and household?" });
            Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
            checks[agency] = await requested.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("outstanding", checks[agency].GetProperty("status").GetString());
        }
        var dueOn = DateOnly.Parse(checks["police"].GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(dueOn > DateOnly.Parse(Enquiries.Today(), System.Globalization.CultureInfo.InvariantCulture), "due a few working days on");
        Assert.True(dueOn <= DateOnly.Parse(enquiry.GetProperty("initialCpcTarget").GetString()!, System.Globalization.CultureInfo.InvariantCulture), "due before the ICPC target");
        Assert.Equal(3, await Outbox("AgencyCheckRequested", enquiryId));

        // Police see their own outstanding checks, and not health's.
        var police = system.ClientFor("police");
        var policeList = await police.GetFromJsonAsync<JsonElement>($"/api/enquiries/agency-checks?enquiryId={enquiryId}&status=outstanding");
        Assert.Equal("police", Assert.Single(policeList.GetProperty("items").EnumerateArray()).GetProperty("agency").GetString());
        await Problem.AssertAsync(await police.GetAsync($"/api/enquiries/agency-checks?agency=health"), HttpStatusCode.Forbidden, "agency");
        // Another agency's check is not found, as if it did not exist.
        await Problem.AssertAsync(await police.GetAsync($"/api/enquiries/agency-checks/{checks["health"].GetProperty("id").GetGuid()}"), HttpStatusCode.NotFound);

        // Health cannot answer the police check (not found for it), nor can the local authority on police's behalf (it may read it: 403).
        var policeCheck = checks["police"].GetProperty("id").GetGuid();
        var answer = new { answer = "Two domestic incidents attended at the address this year." };
        await Problem.AssertAsync(await Answer(policeCheck, answer, "health"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await Answer(policeCheck, answer, "local-authority"), HttpStatusCode.Forbidden, "agency");
        Assert.Equal(0, await system.CountAsync("enquiries", "SELECT count(*) FROM agency_checks WHERE id = @id AND answered_at IS NOT NULL", ("id", policeCheck)));

        using var answered = await Answer(policeCheck, answer, "police");
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var view = await answered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("answered", view.GetProperty("status").GetString());
        Assert.Equal("police-portal", view.GetProperty("answeredBy").GetString()); // the token's actor, not a body field
        Assert.False(view.GetProperty("late").GetBoolean());
        await Problem.AssertAsync(await Answer(policeCheck, answer, "police"), HttpStatusCode.Conflict, "answer");
        Assert.Equal(1, await Outbox("AgencyCheckAnswered", enquiryId));
        Assert.Equal(1, await system.CountAsync("enquiries",
            "SELECT count(*) FROM agency_checks WHERE id = @id AND answered_through = 'police-portal' AND answered_by = 'police-portal'", ("id", policeCheck)));

        // The day after the due date, health and education are late; police answered in time.
        var dayAfter = new DateTimeOffset(dueOn.AddDays(1).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        using var late = await system.SendAsync(HttpMethod.Get, $"/api/enquiries/agency-checks?enquiryId={enquiryId}&status=late", now: dayAfter);
        var lateAgencies = (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("agency").GetString()).Order().ToList();
        Assert.Equal(["education", "health"], lateAgencies);

        // Education answers late, and says so on the bus.
        using var lateAnswer = await system.SendAsync(HttpMethod.Post, $"/api/enquiries/agency-checks/{checks["education"].GetProperty("id").GetGuid()}/answer",
            new { answer = "Attendance 71%; disclosed worries to a teacher." }, now: dayAfter, agency: "education");
        Assert.Equal(HttpStatusCode.OK, lateAnswer.StatusCode);
        Assert.True((await lateAnswer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("late").GetBoolean());
        Assert.Equal(1, await system.CountAsync("enquiries",
            "SELECT count(*) FROM outbox_messages WHERE message_type = 'Macpt.Contracts.Enquiries.AgencyCheckAnswered' AND payload->>'enquiryId' = @id AND (payload->>'answeredLate')::boolean",
            ("id", enquiryId.ToString())));
    }

    public static TheoryData<string, string, HttpStatusCode> BadRequests => new()
    {
        { """{"agency":"social-care","question":"q"}""", "agency", HttpStatusCode.BadRequest },
        { """{"agency":"police","question":" "}""", "question", HttpStatusCode.BadRequest },
        { """{"agency":"police","question":"q","dueOn":"2020-01-06"}""", "dueOn", HttpStatusCode.UnprocessableEntity },
        { """{"agency":"police","question":"q","dueOn":"2099-01-06"}""", "dueOn", HttpStatusCode.UnprocessableEntity },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_check_request_is_refused_naming_the_field_and_nothing_is_stored(string json, string field, HttpStatusCode status)
    {
        var enquiryId = (await Enquiries.OpenEnquiryAsync(system)).GetProperty("id").GetGuid();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        await Problem.AssertAsync(await system.Gateway.PostAsync($"/api/enquiries/section-47-enquiries/{enquiryId}/agency-checks", content), status, field);
        Assert.Equal(0, await system.CountAsync("enquiries", "SELECT count(*) FROM agency_checks WHERE enquiry_id = @id", ("id", enquiryId)));
    }

    [Fact]
    public async Task Asking_one_agency_twice_unknown_ids_and_partners_requesting_are_refused()
    {
        var enquiryId = (await Enquiries.OpenEnquiryAsync(system)).GetProperty("id").GetGuid();
        var body = new { agency = "health", service = "health-visitor", question = "Health visitor contacts?" };
        Assert.Equal(HttpStatusCode.Created, (await Request(enquiryId, body)).StatusCode);
        await Problem.AssertAsync(await Request(enquiryId, body), HttpStatusCode.Conflict, "agency");
        await Problem.AssertAsync(await Request(Guid.NewGuid(), body), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiryId}/agency-checks", body, agency: "health"),
            HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await Answer(Guid.NewGuid(), new { answer = "a" }, "health"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await Answer(Guid.NewGuid(), new { answer = "" }, "health"), HttpStatusCode.BadRequest, "answer");
        Assert.Equal(1, await system.CountAsync("enquiries", "SELECT count(*) FROM agency_checks WHERE enquiry_id = @id", ("id", enquiryId)));
    }

    private Task<HttpResponseMessage> Request(Guid enquiryId, object body) =>
        system.SendAsync(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiryId}/agency-checks", body);

    private Task<HttpResponseMessage> Answer(Guid checkId, object body, string agency) =>
        system.SendAsync(HttpMethod.Post, $"/api/enquiries/agency-checks/{checkId}/answer", body, agency: agency);

    private Task<long> Outbox(string eventName, Guid enquiryId) => system.CountAsync("enquiries",
        "SELECT count(*) FROM outbox_messages WHERE message_type = @t AND payload->>'enquiryId' = @id",
        ("t", $"Macpt.Contracts.Enquiries.{eventName}"), ("id", enquiryId.ToString()));
}
