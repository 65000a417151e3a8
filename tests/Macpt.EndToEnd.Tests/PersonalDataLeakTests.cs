using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// The end-to-end flow with distinctive seeded personal data; every trace, log record and metric the services
/// exported (to the fixture's OTLP receiver), and every answer given to callers, is searched for it.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class PersonalDataLeakTests(MacptSystem system, ITestOutputHelper output)
{
    // Distinctive enough that a hit can only be a leak.
    private static readonly string FirstName = "Zephyrine" + Suffix();
    private const string LastName = "Quillfeatherby";
    private const string DateOfBirth = "2014-07-19";
    private const string NhsNumber = "4729583167";
    private const string AddressLine = "17 Marigold Wynd";
    private const string Postcode = "ZZ9 4QX";
    private const string Concern = "Tangerine-xylophone disclosure";
    private const string ChildsWords = "Periwinkle-umbrella words";
    private const string AgencyAnswer = "Saffron-lighthouse record";
    private const string ReferrerContact = "07700 900461";

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task No_seeded_personal_data_reaches_telemetry_or_answers()
    {
        var answers = new List<string>();
        async Task<JsonElement> Send(HttpMethod method, string path, object? body, HttpStatusCode expected, string agency = "local-authority", string? key = null)
        {
            using var response = await system.SendAsync(method, path, body, idempotencyKey: key, agency: agency);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(expected == response.StatusCode, $"{method} {path}: {(int)response.StatusCode}");
            if ((int)response.StatusCode >= 400) answers.Add(text);
            return text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default;
        }

        var child = Referrals.NewChildId();
        var referral = new
        {
            child = new
            {
                laChildId = child,
                firstName = FirstName,
                lastName = LastName,
                dateOfBirth = DateOfBirth,
                gender = "2",
                nhsNumber = NhsNumber,
                address = new { line1 = AddressLine, town = "Exampleton", postcode = Postcode },
            },
            referralSource = "2A",
            concerns = Concern,
            receivedAt = DateTimeOffset.UtcNow.AddMinutes(-20),
            referrer = new { agency = "education", role = "Designated safeguarding lead", contact = ReferrerContact },
        };
        var referralId = (await Send(HttpMethod.Post, "/api/referrals", referral, HttpStatusCode.Created, key: "pii-" + Guid.NewGuid().ToString("N"))).GetProperty("id").GetGuid();

        // Refused requests carrying the same data: the problems name fields, never values.
        await Send(HttpMethod.Post, "/api/referrals", new
        {
            child = new { firstName = FirstName, lastName = LastName, dateOfBirth = "2014-02-30", nhsNumber = "4729583160" },
            concerns = Concern
        }, HttpStatusCode.BadRequest, key: "pii-bad-" + Guid.NewGuid().ToString("N"));
        await Send(HttpMethod.Post, "/api/referrals", new
        {
            child = new { laChildId = child, firstName = FirstName, nhsNumber = NhsNumber + "0" },
            referralSource = "2A",
            concerns = Concern,
            receivedAt = DateTimeOffset.UtcNow
        }, HttpStatusCode.BadRequest, key: "pii-bad2-" + Guid.NewGuid().ToString("N"));
        await Send(HttpMethod.Post, $"/api/referrals/{referralId}/decision", new { decision = FirstName + " " + LastName, reason = Concern },
            HttpStatusCode.BadRequest);

        await Send(HttpMethod.Post, $"/api/referrals/{referralId}/decision", new { decision = "strategy-discussion", reason = Concern }, HttpStatusCode.OK);
        var discussions = await Eventually.ReturnsAsync(() => Referrals.StrategyDiscussionsAsync(system.Gateway, referralId),
            d => d.GetArrayLength() == 1, TimeSpan.FromSeconds(30), "the strategy discussion");
        var discussionId = discussions[0].GetProperty("id").GetGuid();
        var today = Enquiries.Today();
        var outcome = new
        {
            heldOn = today,
            thresholdMet = true,
            reasons = Concern,
            attended = Enquiries.AllRequired,
            safetyActions = new[] { new { action = $"{FirstName} to stay at {AddressLine}", ownerAgency = "local-authority", dueBy = today } },
            offerFamilyNetworkMeeting = true,
        };
        await Send(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{discussionId}/outcome", outcome, HttpStatusCode.OK);
        await Send(HttpMethod.Post, $"/api/enquiries/strategy-discussions/{discussionId}/outcome", outcome, HttpStatusCode.Conflict);
        var enquiryId = Assert.Single((await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/enquiries/section-47-enquiries?referralId={referralId}")).GetProperty("items").EnumerateArray())
            .GetProperty("id").GetGuid();

        var check = await Send(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiryId}/agency-checks",
            new { agency = "police", question = $"What do you hold on {FirstName} {LastName}?" }, HttpStatusCode.Created);
        await Send(HttpMethod.Post, $"/api/enquiries/agency-checks/{check.GetProperty("id").GetGuid()}/answer",
            new { answer = AgencyAnswer }, HttpStatusCode.NotFound, agency: "health");
        await Send(HttpMethod.Post, $"/api/enquiries/agency-checks/{check.GetProperty("id").GetGuid()}/answer",
            new { answer = AgencyAnswer }, HttpStatusCode.OK, agency: "police");
        await Send(HttpMethod.Put, $"/api/enquiries/section-47-enquiries/{enquiryId}/child-seen",
            new { seenOn = today, seenAlone = true, childsWords = ChildsWords, othersSeen = $"{LastName} family at {Postcode}" }, HttpStatusCode.OK);
        await Send(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiryId}/outcome",
            new { outcome = "conference-required", reasons = Concern, completedOn = today }, HttpStatusCode.OK);
        // The family's names held by advocacy (a parent) and family networks (who the meeting was offered to).
        await Send(HttpMethod.Post, "/api/advocacy/parents",
            new
            {
                laChildId = child,
                name = $"{FirstName} {LastName} Senior",
                relationship = "mother",
                language = "en",
                interpreterNeeded = false,
                contactPreferences = new[] { "post" },
                address = $"{AddressLine}, {Postcode}",
            },
            HttpStatusCode.Created, key: "pii-parent-" + Guid.NewGuid().ToString("N"));
        var familyRequest = await Eventually.ReturnsAsync(
            async () => (await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/familynetworks/requests?laChildId={child}&stage=section-47")).GetProperty("items"),
            r => r.GetArrayLength() == 1, TimeSpan.FromSeconds(30), "the family network request for the Section 47 enquiry");
        await Send(HttpMethod.Post, $"/api/familynetworks/requests/{familyRequest[0].GetProperty("id").GetGuid()}/offer",
            new { offeredTo = new[] { new { name = $"{FirstName} {LastName} Senior", relationship = "mother" } }, offeredOn = today },
            HttpStatusCode.OK);
        await Send(HttpMethod.Post, "/api/referrals/consultations",
            new { requesterAgency = "health", requesterContact = ReferrerContact, question = $"{FirstName} {LastName} at {AddressLine}?", child = new { firstName = FirstName, lastName = LastName, dateOfBirth = DateOfBirth } },
            HttpStatusCode.Created, agency: "health");

        // Let the exporters flush (500 ms batches, 1 s metrics), then search everything received.
        await Eventually.ReturnsAsync(() => Task.FromResult(system.Telemetry.Requests),
            r => r.GetValueOrDefault("traces") > 0 && r.GetValueOrDefault("logs") > 0 && r.GetValueOrDefault("metrics") > 0,
            TimeSpan.FromSeconds(30), "traces, logs and metrics from the services");
        await Task.Delay(TimeSpan.FromSeconds(3));

        string[] seeded = [FirstName, LastName, DateOfBirth, "19/07/2014", NhsNumber, "472 958 3167", AddressLine, Postcode, Concern, ChildsWords, AgencyAnswer, ReferrerContact];
        var telemetryHits = seeded.ToDictionary(s => s, system.Telemetry.PayloadsContaining);
        var answerHits = seeded.ToDictionary(s => s, s => answers.Count(a => a.Contains(s, StringComparison.OrdinalIgnoreCase)));
        output.WriteLine($"Telemetry searched: {string.Join(", ", system.Telemetry.Requests.Select(r => $"{r.Key} {r.Value} exports"))}, {system.Telemetry.Bytes:N0} bytes; problem answers searched: {answers.Count}");
        output.WriteLine($"Hits in telemetry: {telemetryHits.Values.Sum()}; hits in problem answers: {answerHits.Values.Sum()}");
        Assert.True(answers.Count >= 5, "the refused requests were answered");
        Assert.All(telemetryHits, h => Assert.True(h.Value == 0, $"seeded value #{Array.IndexOf(seeded, h.Key)} found in {h.Value} telemetry exports"));
        Assert.All(answerHits, h => Assert.True(h.Value == 0, $"seeded value #{Array.IndexOf(seeded, h.Key)} found in {h.Value} problem answers"));
        // The search itself works: the ids that are allowed in telemetry are there.
        Assert.True(system.Telemetry.PayloadsContaining(referralId.ToString()) > 0, "the referral id is traced");
    }
}
