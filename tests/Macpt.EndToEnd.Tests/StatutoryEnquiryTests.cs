using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.Contracts.Enquiries;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Enquiry pathways the statutory review found wrong (issue 16): an out-of-hours strategy discussion recorded on the
/// next working day, a second threshold decision for a child whose Section 47 is open, checks of several health
/// services and of probation, youth justice and housing, the step-down to Family Help, and an unborn child's enquiry.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class StatutoryEnquiryTests(MacptSystem system)
{
    private const string Discussions = "/api/enquiries/strategy-discussions";

    [Fact]
    public async Task An_out_of_hours_discussion_is_dated_the_day_held_and_a_second_threshold_decision_joins_the_open_enquiry()
    {
        // 1. The emergency duty team held the discussion on Saturday 28 November 2026; the MACPT records the referral,
        //    its decision and the discussion on Monday 30 November.
        var child = Referrals.NewChildId();
        var monday = Enquiries.At("2026-11-30T09:00:00Z");
        await using var requestedOnBus = await AdvocacyBusListener.StartAsync<StrategyDiscussionRequested>(system);
        await using var heldOnBus = await AdvocacyBusListener.StartAsync<StrategyDiscussionHeld>(system);
        var (referralId, discussionId) = await Enquiries.DiscussionAsync(system, monday, child);
        var outOfHours = Outcome("2026-11-28", heldBy: "emergency-duty-team");
        using (var held = await system.SendAsync(HttpMethod.Post, $"{Discussions}/{discussionId}/outcome", outOfHours, monday.AddHours(1)))
        {
            Assert.True(held.StatusCode == HttpStatusCode.OK, await held.Content.ReadAsStringAsync());
            var discussion = await held.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("2026-11-28", discussion.GetProperty("outcome").GetProperty("heldOn").GetString());
            Assert.Equal("emergency-duty-team", discussion.GetProperty("outcome").GetProperty("heldBy").GetString());
        }
        // On the bus it is out of hours, held before it was due (Tuesday 1 December, a working day after the decision).
        var outOfHoursHeld = await heldOnBus.WaitForAsync(m => m.GetProperty("strategyDiscussionId").GetGuid() == discussionId, TimeSpan.FromSeconds(30), "StrategyDiscussionHeld");
        Assert.True(outOfHoursHeld.GetProperty("outOfHours").GetBoolean());
        Assert.Equal(("2026-11-28", "2026-12-01"), (outOfHoursHeld.GetProperty("heldOn").GetString(), outOfHoursHeld.GetProperty("dueBy").GetString()));

        // ...the enquiry starts that Saturday and its ICPC target counts 15 working days from it (timescales.md §3 rule 4):
        //    Friday 18 December, not Monday 21 December (15 from the day recorded).
        var enquiry = Assert.Single((await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/enquiries/section-47-enquiries?referralId={referralId}"))
            .GetProperty("items").EnumerateArray());
        var enquiryId = enquiry.GetProperty("id").GetGuid();
        Assert.Equal("2026-11-28", enquiry.GetProperty("strategyDiscussionDate").GetString());
        Assert.Equal("2026-11-28", enquiry.GetProperty("s47ActualStartDate").GetString());
        Assert.Equal("2026-12-18", enquiry.GetProperty("initialCpcTarget").GetString());

        // 2. A new concern the same Monday: an LCPP convenes a discussion for the child directly.
        using var direct = await system.SendAsync(HttpMethod.Post, Discussions,
            new { laChildId = child, urgency = "immediate", concern = "A new disclosure at school." }, monday.AddHours(2));
        Assert.Equal(HttpStatusCode.Created, direct.StatusCode);
        var secondId = (await direct.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        // ...announced as the decision's was: immediate, so due the day asked, with no referral.
        var directRequested = await requestedOnBus.WaitForAsync(m => m.GetProperty("strategyDiscussionId").GetGuid() == secondId, TimeSpan.FromSeconds(30), "StrategyDiscussionRequested");
        Assert.Equal((child, "immediate", "2026-11-30"), (directRequested.GetProperty("laChildId").GetString(), directRequested.GetProperty("urgency").GetString(),
            directRequested.GetProperty("dueBy").GetString()));
        Assert.True(directRequested.IsNull("referralId"));
        Assert.Equal(monday.AddHours(2), directRequested.GetProperty("requestedAt").GetDateTimeOffset());

        // ...a discussion dated in the future is refused (422 heldOn) and nothing is recorded...
        using (var future = await system.SendAsync(HttpMethod.Post, $"{Discussions}/{secondId}/outcome", Outcome("2026-12-01"), monday.AddHours(3)))
        {
            await Problem.AssertAsync(future, HttpStatusCode.UnprocessableEntity, "heldOn");
        }

        // 3. ...and its threshold decision joins the open enquiry: no second Section 47 (census 8839/8890), the target unchanged.
        using (var joined = await system.SendAsync(HttpMethod.Post, $"{Discussions}/{secondId}/outcome", Outcome("2026-11-30"), monday.AddHours(4)))
        {
            Assert.True(joined.StatusCode == HttpStatusCode.OK, await joined.Content.ReadAsStringAsync());
            var second = await joined.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(second.GetProperty("joinedOpenEnquiry").GetBoolean());
            Assert.Equal(enquiryId, second.GetProperty("section47EnquiryId").GetGuid());
        }
        Assert.Equal(1, await system.CountAsync("enquiries", "SELECT count(*) FROM section_47_enquiries WHERE la_child_id = @c", ("c", child)));
        Assert.Equal(1, await system.CountAsync("enquiries",
            "SELECT count(*) FROM outbox_messages WHERE message_type = 'Macpt.Contracts.Enquiries.Section47EnquiryStarted' AND payload->>'laChildId' = @c", ("c", child)));
        var still = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/enquiries/section-47-enquiries/{enquiryId}");
        Assert.Equal("2026-12-18", still.GetProperty("initialCpcTarget").GetString());
    }

    [Fact]
    public async Task Each_health_service_and_each_designated_agency_is_asked_its_own_check_but_one_open_at_a_time()
    {
        var enquiryId = (await Enquiries.OpenEnquiryAsync(system)).GetProperty("id").GetGuid();
        await using var checksOnBus = await AdvocacyBusListener.StartAsync<AgencyCheckRequested>(system);
        var asked = new Dictionary<string, Guid>();
        foreach (var (agency, service) in new (string, string?)[]
            { ("health", "gp"), ("health", "health-visitor"), ("health", "school-nurse"), ("health", "camhs"), ("health", "midwifery"),
              ("probation", null), ("youth-justice", null), ("housing", null), ("police", null) })
        {
            using var requested = await RequestCheck(enquiryId, agency, service);
            Assert.True(requested.StatusCode == HttpStatusCode.Created, $"{agency}/{service}: {await requested.Content.ReadAsStringAsync()}");
            var check = await requested.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(service, check.TryGetProperty("service", out var s) ? s.GetString() : null);
            asked[$"{agency}/{service}"] = check.GetProperty("id").GetGuid();
            // Announced naming the agency and, for health, the service asked.
            var announced = await checksOnBus.WaitForAsync(m => m.GetProperty("checkId").GetGuid() == check.GetProperty("id").GetGuid(), TimeSpan.FromSeconds(30), "AgencyCheckRequested");
            Assert.Equal((agency, service, check.GetProperty("dueOn").GetString()),
                (announced.GetProperty("agency").GetString(), announced.OptionalString("healthService"), announced.GetProperty("dueOn").GetString()));
        }

        // The same agency and service again while its check is open: 409; a health check without its service: 400.
        await Problem.AssertAsync(await RequestCheck(enquiryId, "health", "gp"), HttpStatusCode.Conflict, "agency");
        await Problem.AssertAsync(await RequestCheck(enquiryId, "health", null), HttpStatusCode.BadRequest, "service");
        Assert.Equal(9, await system.CountAsync("enquiries", "SELECT count(*) FROM agency_checks WHERE enquiry_id = @id", ("id", enquiryId)));

        // Health sees its five, one per service, and answers the GP's; the GP may then be asked a follow-up.
        var health = await system.ClientFor("health").GetFromJsonAsync<JsonElement>($"/api/enquiries/agency-checks?enquiryId={enquiryId}");
        Assert.Equal(["camhs", "gp", "health-visitor", "midwifery", "school-nurse"],
            health.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("service").GetString()!).Order(StringComparer.Ordinal).ToArray());
        using (var answered = await system.SendAsync(HttpMethod.Post, $"/api/enquiries/agency-checks/{asked["health/gp"]}/answer",
            new { answer = "Seen twice for bruising this year." }, agency: "health"))
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }
        using (var followUp = await RequestCheck(enquiryId, "health", "gp"))
        {
            Assert.Equal(HttpStatusCode.Created, followUp.StatusCode);
        }

        // Probation has no portal: the MACPT records the answer it gave; it may not answer for the police, who have one.
        using (var probation = await system.SendAsync(HttpMethod.Post, $"/api/enquiries/agency-checks/{asked["probation/"]}/answer",
            new { answer = "The father is under supervision; the officer will attend the conference." }))
        {
            Assert.Equal(HttpStatusCode.OK, probation.StatusCode);
        }
        await Problem.AssertAsync(await system.SendAsync(HttpMethod.Post, $"/api/enquiries/agency-checks/{asked["police/"]}/answer", new { answer = "x" }),
            HttpStatusCode.Forbidden, "agency");
    }

    [Fact]
    public async Task A_family_help_decision_and_a_section_47_with_no_conference_step_down_naming_the_lead_and_the_handover()
    {
        // 1. A referral decided family-help without its lead is refused (422 familyHelpLeadId) and stays undecided...
        var referralId = await Referrals.CreateAsync(system.Gateway);
        using (var noLead = await system.Gateway.PostAsJsonAsync($"/api/referrals/{referralId}/decision",
            new { decision = "family-help", reason = "Needs Family Help.", handoverDate = Enquiries.Today() }))
        {
            await Problem.AssertAsync(noLead, HttpStatusCode.UnprocessableEntity, "familyHelpLeadId");
        }
        // ...with it, the step-down goes out through the outbox in the same transaction as the decision.
        using (var decided = await Referrals.DecideAsync(system.Gateway, referralId, "family-help"))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
            Assert.Equal(Referrals.FamilyHelpLead, (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("familyHelpLeadId").GetString());
        }
        Assert.Equal(1, await SteppedDown("referrals", referralId, "referral-decision"));

        // 2. A Section 47 not substantiated: without the handover date 422 handoverDate and still open; with it, stepped down.
        var enquiryId = (await Enquiries.OpenEnquiryAsync(system)).GetProperty("id").GetGuid();
        var completion = new Dictionary<string, object?>
        {
            ["outcome"] = "not-substantiated",
            ["reasons"] = "Explained by a medical condition; the family needs support.",
            ["completedOn"] = Enquiries.Today(),
            ["notSeenReason"] = "Seen by the paediatrician in hospital.",
            ["familyHelpLeadId"] = Referrals.FamilyHelpLead,
        };
        using (var noDate = await system.SendAsync(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiryId}/outcome", completion))
        {
            await Problem.AssertAsync(noDate, HttpStatusCode.UnprocessableEntity, "handoverDate");
        }
        Assert.Equal("open", (await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/enquiries/section-47-enquiries/{enquiryId}")).GetProperty("status").GetString());
        completion["handoverDate"] = Enquiries.Today();
        using (var completed = await system.SendAsync(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiryId}/outcome", completion))
        {
            Assert.True(completed.StatusCode == HttpStatusCode.OK, await completed.Content.ReadAsStringAsync());
        }
        Assert.Equal(1, await SteppedDown("enquiries", enquiryId, "section-47-no-conference"));
    }

    [Fact]
    public async Task An_unborn_childs_referral_leads_to_an_enquiry_whose_completion_calls_a_conference_for_the_expected_birth()
    {
        // 1. A pre-birth referral (expected date of birth, no date of birth), decided for a strategy discussion.
        var child = Referrals.NewChildId();
        var expected = Macpt.WorkingDays.LondonClock.Today(TimeProvider.System).AddMonths(4).ToString("yyyy-MM-dd");
        var body = new
        {
            child = new { laChildId = child, expectedDateOfBirth = expected, sex = "U" },
            referralSource = "3B",
            concerns = "Mother disclosed domestic abuse at the antenatal booking.",
            receivedAt = DateTimeOffset.UtcNow.AddMinutes(-30),
        };
        var referralId = await Referrals.CreateAsync(system.Gateway, body);
        (await Referrals.DecideAsync(system.Gateway, referralId, "strategy-discussion")).EnsureSuccessStatusCode();

        // 2. The discussion knows the child is unborn; the threshold met starts the enquiry, which keeps the expected date.
        var discussions = await Eventually.ReturnsAsync(() => Referrals.StrategyDiscussionsAsync(system.Gateway, referralId),
            d => d.GetArrayLength() == 1, TimeSpan.FromSeconds(30), "the strategy discussion");
        var discussion = discussions[0];
        Assert.Equal(expected, discussion.GetProperty("expectedDateOfBirth").GetString());
        using (var held = await system.SendAsync(HttpMethod.Post, $"{Discussions}/{discussion.GetProperty("id").GetGuid()}/outcome",
            Enquiries.Outcome(Enquiries.Today(), thresholdMet: true)))
        {
            Assert.True(held.StatusCode == HttpStatusCode.OK, await held.Content.ReadAsStringAsync());
        }
        var enquiry = Assert.Single((await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/enquiries/section-47-enquiries?referralId={referralId}"))
            .GetProperty("items").EnumerateArray());
        Assert.Equal(expected, enquiry.GetProperty("expectedDateOfBirth").GetString());
        var enquiryId = enquiry.GetProperty("id").GetGuid();

        // 3. Completed with a conference required: the event carries the expected date of birth (a pre-birth conference).
        using (var completed = await system.SendAsync(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiryId}/outcome",
            new { outcome = "conference-required", reasons = "Risk of significant harm after the birth.", completedOn = Enquiries.Today(), notSeenReason = "The child is unborn." }))
        {
            Assert.True(completed.StatusCode == HttpStatusCode.OK, await completed.Content.ReadAsStringAsync());
        }
        Assert.Equal(1, await system.CountAsync("referrals",
            "SELECT count(*) FROM outbox_messages WHERE message_type = 'Macpt.Contracts.Referrals.ReferralDecided' AND payload->>'referralId' = @id AND payload->>'expectedDateOfBirth' = @d",
            ("id", referralId.ToString()), ("d", expected)));
        Assert.Equal(1, await system.CountAsync("enquiries",
            "SELECT count(*) FROM outbox_messages WHERE message_type = 'Macpt.Contracts.Enquiries.Section47EnquiryCompleted' AND payload->>'enquiryId' = @id AND (payload->>'conferenceRequired')::boolean AND payload->>'expectedDateOfBirth' = @d",
            ("id", enquiryId.ToString()), ("d", expected)));
    }

    private Task<HttpResponseMessage> RequestCheck(Guid enquiryId, string agency, string? service) =>
        system.SendAsync(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiryId}/agency-checks",
            new { agency, service, question = "What do you hold on the child and household?" });

    private Task<long> SteppedDown(string service, Guid sourceId, string exit) => system.CountAsync(service,
        "SELECT count(*) FROM outbox_messages WHERE message_type = 'Macpt.Contracts.FamilyHelp.SteppedDownToFamilyHelp' AND payload->>'sourceId' = @id AND payload->>'exit' = @exit AND payload->>'familyHelpLeadId' = @lead",
        ("id", sourceId.ToString()), ("exit", exit), ("lead", Referrals.FamilyHelpLead));

    private static Dictionary<string, object?> Outcome(string heldOn, string? heldBy = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["heldOn"] = heldOn,
            ["thresholdMet"] = true,
            ["reasons"] = "Reasonable cause to suspect significant harm.",
            ["attended"] = Enquiries.AllRequired,
        };
        if (heldBy is not null) body["heldBy"] = heldBy;
        return body;
    }
}
