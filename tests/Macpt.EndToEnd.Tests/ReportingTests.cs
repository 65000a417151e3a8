using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.Contracts;
using Macpt.Contracts.Conferences;
using Macpt.Contracts.Enquiries;
using Macpt.Contracts.Escalations;
using Macpt.Contracts.Referrals;
using MassTransit;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// The reporting service (issue 17), fed only by events. Events are published straight to the broker as the five
/// services would, for children unique to each test and in periods no other test uses (March 2016 for the timeline and
/// work list, the census year 2017-18 for the figures), then read back through the gateway.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class ReportingTests(MacptSystem system)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(60);
    /// <summary>The morning the work list is read: Wednesday 9 March 2016.</summary>
    private static readonly DateTimeOffset Morning = DateTimeOffset.Parse("2016-03-09T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_childs_events_from_every_service_make_one_timeline_and_work_list_in_any_order_unchanged_by_redelivery_and_rebuilt_the_same()
    {
        var child = Referrals.NewChildId();
        var s = new Story(child);
        // 1. The events arrive out of order: closing events before their opening ones, a decision before its referral.
        object[] published = [s.CheckAnswered, s.Decided, s.DisagreementRaised, s.CheckAskedOfHealth, s.Received, s.DiscussionRequested, s.CheckAskedOfPolice,
            s.CheckAskedOfEducation, s.SecondReferral];
        var ids = new Dictionary<object, Guid>();
        foreach (var e in published) await system.RepublishAsync(e, e.GetType(), ids[e] = NewId.NextGuid());

        // 2. The timeline: every step, oldest first, each with its deadline and whether it was met (as of the morning).
        var timeline = await Eventually.ReturnsAsync(() => TimelineAsync(child, Morning), t => Total(t) == 9, Within, "the child's nine steps");
        Assert.Equal(
        [
            ("referral-received", "2016-03-01", "2016-03-02", (bool?)true),
            ("referral-decided", "2016-03-02", "2016-03-02", true),
            ("agency-check-requested", "2016-03-04", "2016-03-07", true),
            ("referral-received", "2016-03-07", "2016-03-08", false),            // undecided and overdue on the 9th
            ("agency-check-answered", "2016-03-07", "2016-03-07", true),         // timed steps before untimed ones that day
            ("agency-check-requested", "2016-03-07", "2016-03-10", null),
            ("agency-check-requested", "2016-03-07", "2016-03-14", null),
            ("strategy-discussion-requested", "2016-03-08", "2016-03-09", null),   // due today: not missed yet
            ("disagreement-raised", "2016-03-08", "2016-03-11", null),
        ], Steps(timeline));
        // The day before, the second referral's decision was still in time.
        var dayBefore = await TimelineAsync(child, Morning.AddDays(-1));
        Assert.Null(Items(dayBefore).Single(i => i.GetProperty("kind").GetString() == "referral-received" && i.GetProperty("on").GetString() == "2016-03-07").GetProperty("met").GetString());
        var decided = Items(timeline)[1];
        Assert.Equal(("referrals", s.FirstReferral, "no-further-action"),
            (decided.GetProperty("service").GetString(), decided.GetProperty("referralId").GetGuid(), decided.GetProperty("details").GetProperty("decision").GetString()));

        // 3. A partner sees only the steps it is part of; a child it has no part in, like an unknown one, is not found.
        var police = await system.ClientFor(Agencies.Police).GetFromJsonAsync<JsonElement>($"/api/reporting/children/{child}/timeline");
        Assert.Equal(["referral-received", "referral-decided", "agency-check-requested", "agency-check-answered", "disagreement-raised"], Kinds(police));
        var health = await system.ClientFor(Agencies.Health).GetFromJsonAsync<JsonElement>($"/api/reporting/children/{child}/timeline");
        Assert.Equal(["agency-check-requested"], Kinds(health));
        var other = Referrals.NewChildId();
        await system.PublishAsync(new ConsultationRequested(Guid.NewGuid(), other, Agencies.Education, At("2016-03-01T10:00:00Z"), D("2016-03-02")), NewId.NextGuid());
        await Eventually.ReturnsAsync(() => TimelineAsync(other, Morning), t => Total(t) == 1, Within, "the other child's consultation");
        using (var notPart = await system.ClientFor(Agencies.Police).GetAsync($"/api/reporting/children/{other}/timeline")) await Problem.AssertAsync(notPart, HttpStatusCode.NotFound);
        using (var unknown = await system.Gateway.GetAsync($"/api/reporting/children/{Referrals.NewChildId()}/timeline")) await Problem.AssertAsync(unknown, HttpStatusCode.NotFound);
        using (var bad = await system.Gateway.GetAsync("/api/reporting/children/not%20a%20child!/timeline")) await Problem.AssertAsync(bad, HttpStatusCode.BadRequest, "laChildId");
        // The read is audited as a read of the child's record.
        Assert.True(await system.CountAsync("reporting", "SELECT count(*) FROM audit_log WHERE la_child_id = @c AND route LIKE '%/timeline' AND status = 200", ("c", child)) >= 2);
        // Re-projecting the child is not a change to its record (each change was audited in the service that made it).
        Assert.Equal(0, await system.CountAsync("reporting", "SELECT count(*) FROM audit_log WHERE la_child_id = @c AND kind = 'change'", ("c", child)));

        // 4. The work list on the morning of the 9th, with each filter: soonest due first.
        Assert.Equal([("referral-decision", "2016-03-08", true)], Work(await WorkAsync("overdue")));
        Assert.Equal([("strategy-discussion", "2016-03-09", false)], Work(await WorkAsync("today")));
        Assert.Equal([("strategy-discussion", "2016-03-09", false), ("agency-check", "2016-03-10", false), ("disagreement", "2016-03-11", false)], Work(await WorkAsync("this-week")));
        Assert.Equal([("referral-decision", "2016-03-08", true), ("strategy-discussion", "2016-03-09", false), ("agency-check", "2016-03-10", false),
            ("disagreement", "2016-03-11", false), ("agency-check", "2016-03-14", false)], Work(await WorkAsync(null)).Take(5));
        var check = Items(await WorkAsync("this-week"))[1];
        Assert.Equal((child, "health", "gp", s.Enquiry), (check.GetProperty("laChildId").GetString(), check.GetProperty("agency").GetString(),
            check.GetProperty("details").GetProperty("healthService").GetString(), check.GetProperty("details").GetProperty("enquiryId").GetGuid()));
        // A partner's work list holds only its own items: health its check, the police the disagreement it raised.
        Assert.Equal([("agency-check", "2016-03-10", false)], Work(await WorkAsync("this-week", Agencies.Health)));
        Assert.Equal([("disagreement", "2016-03-11", false)], Work(await WorkAsync("this-week", Agencies.Police)));
        using (var badDue = await system.SendAsync(HttpMethod.Get, "/api/reporting/work?due=tomorrow", now: Morning)) await Problem.AssertAsync(badDue, HttpStatusCode.BadRequest, "due");

        // 5. A redelivered event (same message id) changes nothing; a replay under a new id stores the event, projects the same.
        var before = await SnapshotAsync(child);
        var stored = await system.CountAsync("reporting", "SELECT count(*) FROM received_events WHERE la_child_id = @c", ("c", child));
        double Skipped() => system.Telemetry.CounterTotals("macpt.inbox.duplicates", "consumer").GetValueOrDefault(("reporting", "StoredEventsConsumer"));
        var skippedBefore = Skipped();
        await system.PublishAsync(s.CheckAnswered, ids[s.CheckAnswered]);
        var replayId = NewId.NextGuid();
        await system.PublishAsync(s.Decided, replayId);
        await Eventually.ReturnsAsync(() => system.CountAsync("reporting", "SELECT count(*) FROM inbox_messages WHERE message_id = @id", ("id", replayId)), n => n == 1, Within, "the replay");
        await Eventually.ReturnsAsync(() => Task.FromResult(Skipped() - skippedBefore), n => n >= 1, Within, "the redelivery to be skipped by the inbox");
        Assert.Equal(stored + 1, await system.CountAsync("reporting", "SELECT count(*) FROM received_events WHERE la_child_id = @c", ("c", child)));
        Assert.Equal(before, await SnapshotAsync(child));

        // 6. The projections spoiled by hand, then rebuilt from the stored events by ops: the same answers, twice over.
        await using (var db = await system.OpenDatabaseAsync("reporting"))
        await using (var spoil = new Npgsql.NpgsqlCommand(
            "DELETE FROM timeline_steps WHERE la_child_id = @c AND kind = 'referral-decided'; UPDATE work_items SET closed_on = '2016-03-08' WHERE la_child_id = @c AND kind = 'strategy-discussion'", db))
        {
            spoil.Parameters.AddWithValue("c", child);
            await spoil.ExecuteNonQueryAsync();
        }
        Assert.NotEqual(before, await SnapshotAsync(child));
        var ops = system.AsUser("ops-0001");
        using (var rebuilt = await ops.PostAsync("/api/reporting/projections/rebuild", null))
        {
            Assert.True(rebuilt.StatusCode == HttpStatusCode.OK, await rebuilt.Content.ReadAsStringAsync());
            Assert.True((await rebuilt.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("children").GetInt32() >= 2);
        }
        Assert.Equal(before, await SnapshotAsync(child));
        using (var again = await ops.PostAsync("/api/reporting/projections/rebuild", null)) Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(before, await SnapshotAsync(child));
        using (var notOps = await system.Gateway.PostAsync("/api/reporting/projections/rebuild", null)) await Problem.AssertAsync(notOps, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_timeliness_figures_for_a_census_year_are_counted_as_defined_as_json_and_csv()
    {
        var y = new CensusYear();
        foreach (var e in y.Events()) await system.RepublishAsync(e, e.GetType(), NewId.NextGuid());
        var path = "/api/reporting/timeliness?from=2017-04-01&to=2018-03-31";
        var lcpp = system.AsUser("lcpp-0001");

        var report = await Eventually.ReturnsAsync(() => lcpp.GetFromJsonAsync<JsonElement>(path)!, r => Figures(r).Sum(f => f.Denominator) == 21, Within, "every fact counted");
        Assert.Equal(
        [
            ("referrals-decided-within-1-working-day", 2, 4, (double?)50.0, (double?)null),
            ("icpcs-within-15-working-days-of-strategy-discussion", 1, 3, 33.3, null),
            ("icpcs-within-15-working-days-of-section-47-start", 2, 3, 66.7, 81.4),
            ("reviews-on-time", 1, 2, 50.0, null),
            ("re-referrals-within-12-months", 1, 4, 25.0, 22.6),
            ("plans-ended-lasting-2-years-or-more", 1, 2, 50.0, 4.4),
            ("second-or-subsequent-plans", 2, 3, 66.7, null),
        ], Figures(report));
        Assert.Equal(("2017-04-01", "2018-03-31"), (report.GetProperty("from").GetString(), report.GetProperty("to").GetString()));

        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, path);
        csvRequest.Headers.Accept.ParseAdd("text/csv");
        using var csv = await lcpp.SendAsync(csvRequest);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code,title,numerator,denominator,percent,national,nationalPeriod", lines[0]);
        Assert.Equal(8, lines.Length);
        Assert.StartsWith("icpcs-within-15-working-days-of-section-47-start,", lines[3], StringComparison.Ordinal);
        Assert.EndsWith(",2,3,66.7,81.4,2024-25", lines[3], StringComparison.Ordinal);
        Assert.EndsWith(",2,3,66.7,,", lines[7], StringComparison.Ordinal);

        // Bad periods are refused with a problem naming the field.
        foreach (var (query, field) in new[] { ("to=2018-03-31", "from"), ("from=2017-04-01", "to"), ("from=2018-04-01&to=2017-04-01", "to"),
            ("from=2010-01-01&to=2017-04-01", "to"), ("from=31-03-2017&to=2018-03-31", "from") })
        {
            using var bad = await lcpp.GetAsync($"/api/reporting/timeliness?{query}");
            await Problem.AssertAsync(bad, HttpStatusCode.BadRequest, field);
        }
    }

    [Fact]
    public async Task A_referral_posted_and_decided_through_the_gateway_appears_on_the_childs_timeline()
    {
        var child = Referrals.NewChildId();
        var (referralId, _) = await Enquiries.DiscussionAsync(system, null, child);
        var referral = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/referrals/{referralId}");

        var timeline = await Eventually.ReturnsAsync(() => TimelineAsync(child, null), t => Kinds(t).Contains("referral-decided"), Within, "the decision on the timeline");
        var steps = Items(timeline);
        var received = steps.First(i => i.GetProperty("kind").GetString() == "referral-received");
        var decided = steps.First(i => i.GetProperty("kind").GetString() == "referral-decided");
        Assert.Equal(referralId, received.GetProperty("sourceId").GetGuid());
        Assert.Equal(referral.GetProperty("decisionDueBy").GetString(), decided.GetProperty("deadline").GetString());
        Assert.True(decided.GetProperty("met").GetBoolean());
        Assert.True(Kinds(timeline).IndexOf("referral-received") < Kinds(timeline).IndexOf("referral-decided"));
    }

    // --- the stories ---------------------------------------------------------------------------------------------

    /// <summary>
    /// A child referred twice in March 2016: checks of a Section 47 enquiry, a strategy discussion to hold, a disagreement. Only
    /// events no other service acts on (or acts on only for a decision to hold a strategy discussion), so nothing else joins the timeline.
    /// </summary>
    private sealed class Story(string child)
    {
        public readonly Guid FirstReferral = Guid.NewGuid();
        public readonly Guid Enquiry = Guid.NewGuid();
        private readonly Guid _second = Guid.NewGuid();
        private readonly Guid _discussion = Guid.NewGuid();
        private readonly Guid _policeCheck = Guid.NewGuid();

        public ReferralReceived Received => new(FirstReferral, child, At("2016-03-01T09:00:00Z"), D("2016-03-02"), "1A", false, ReferrerAgency: Agencies.Police);
        public ReferralDecided Decided => new(FirstReferral, child, ReferralDecisionTypes.NoFurtherAction, At("2016-03-02T10:00:00Z"), "lcpp-1", At("2016-03-01T09:00:00Z"));
        public AgencyCheckRequested CheckAskedOfPolice => new(_policeCheck, Enquiry, FirstReferral, child, Agencies.Police, D("2016-03-04"), D("2016-03-07"));
        public AgencyCheckAnswered CheckAnswered => new(_policeCheck, Enquiry, FirstReferral, child, Agencies.Police, At("2016-03-07T11:00:00Z"), false);
        public ReferralReceived SecondReferral => new(_second, child, At("2016-03-07T09:00:00Z"), D("2016-03-08"), "1A", false, true, FirstReferral);
        public AgencyCheckRequested CheckAskedOfHealth => new(Guid.Parse("00000000-0000-0000-0000-0000000000d1"), Enquiry, FirstReferral, child, Agencies.Health, D("2016-03-07"), D("2016-03-10"), Agencies.HealthServices.Gp);
        public AgencyCheckRequested CheckAskedOfEducation => new(Guid.Parse("00000000-0000-0000-0000-0000000000d2"), Enquiry, FirstReferral, child, Agencies.Education, D("2016-03-07"), D("2016-03-14"));
        public StrategyDiscussionRequested DiscussionRequested => new(_discussion, _second, child, "standard", At("2016-03-08T10:00:00Z"), D("2016-03-09"));
        public ProfessionalDisagreementRaised DisagreementRaised => new(Guid.NewGuid(), child, DisagreementSubjects.ThresholdDecision, null, Agencies.LocalAuthority,
            Agencies.Police, At("2016-03-08T15:00:00Z"), "practitioner", D("2016-03-11"));
    }

    /// <summary>
    /// The census year 2017-18: four referrals, three initial conferences after Section 47 enquiries, two reviews, four plans,
    /// with the figures each measure must give worked out by hand in the test above.
    /// </summary>
    private sealed class CensusYear
    {
        private readonly string _a = Referrals.NewChildId(), _b = Referrals.NewChildId(), _c = Referrals.NewChildId(), _d = Referrals.NewChildId();

        public IEnumerable<object> Events()
        {
            // Referrals: on time, late, undecided and long overdue, and an on-time re-referral (2 of 4 on time; 1 of 4 re-referred).
            foreach (var (received, due, decided, reReferral) in new[] { ("2017-04-03", "2017-04-04", "2017-04-04", false), ("2017-04-03", "2017-04-04", "2017-04-05", false),
                ("2017-04-05", "2017-04-06", (string?)null, false), ("2017-04-06", "2017-04-07", "2017-04-06", true) })
            {
                var id = Guid.NewGuid();
                yield return new ReferralReceived(id, _a, At(received + "T10:00:00Z"), D(due), "1A", false, reReferral);
                if (decided is not null) yield return new ReferralDecided(id, _a, ReferralDecisionTypes.NoFurtherAction, At(decided + "T12:00:00Z"), "lcpp-1", At(received + "T10:00:00Z"));
            }
            // Initial conferences: in time on both counts; late on both; late from the strategy discussion (held 3 working
            // days before the Section 47 started) yet within 15 working days of the Section 47 start.
            foreach (var (start, target, held) in new[] { ("2017-05-02", "2017-05-23", "2017-05-22"), ("2017-06-01", "2017-06-22", "2017-06-23"), ("2017-07-03", "2017-07-19", "2017-07-21") })
            {
                var (enquiry, conference) = (Guid.NewGuid(), Guid.NewGuid());
                yield return new Section47EnquiryStarted(enquiry, null, _b, D(start), D(target));
                yield return new InitialConferenceScheduled(conference, enquiry, null, _b, D(held), D(target), D(held) > D(target), false);
                yield return new ConferenceHeld(conference, null, _b, D(held), ConferenceKinds.Initial, false);
            }
            // Plans: one started with its first review on time (the review's due date tracked from the plan, the event
            // from an older publisher), its second late; a second plan of the same child; one ended after 2 years; one ended early.
            var (first, second, long_, short_) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
            yield return new ChildProtectionPlanStarted(first, null, _c, D("2017-05-02"), "NEG", FirstReviewDue: D("2017-08-02"));
            yield return new ChildProtectionPlanReviewed(first, Guid.NewGuid(), null, _c, D("2017-08-01"), "NEG", true, D("2018-01-10"));
            yield return new ChildProtectionPlanReviewed(first, Guid.NewGuid(), null, _c, D("2018-01-15"), "NEG", true, D("2018-07-15"), D("2018-01-10"));
            yield return new ChildProtectionPlanStarted(second, null, _c, D("2017-10-02"), "EMO");
            yield return new ChildProtectionPlanStarted(long_, null, _d, D("2015-05-01"), "PHY");
            yield return new ChildProtectionPlanEnded(long_, null, _d, D("2017-06-01"), "RC1", D("2015-05-01"));
            yield return new ChildProtectionPlanStarted(short_, null, _d, D("2017-09-01"), "NEG", NumberOfPreviousPlans: 1);
            yield return new ChildProtectionPlanEnded(short_, null, _d, D("2018-02-01"), "RC1");
        }
    }

    // --- reading the answers ---------------------------------------------------------------------------------------

    private async Task<JsonElement> TimelineAsync(string child, DateTimeOffset? now)
    {
        using var response = await system.SendAsync(HttpMethod.Get, $"/api/reporting/children/{child}/timeline?pageSize=200", now: now);
        return response.StatusCode == HttpStatusCode.NotFound ? default : await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> WorkAsync(string? due, string agency = "local-authority")
    {
        using var response = await system.SendAsync(HttpMethod.Get, "/api/reporting/work?pageSize=200" + (due is null ? "" : "&due=" + due), now: Morning, agency: agency);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The child's timeline and the work list as seen that morning, as text: what must not change.</summary>
    private async Task<string> SnapshotAsync(string child) =>
        (await TimelineAsync(child, Morning)).GetRawText() + (await WorkAsync("this-week")).GetRawText() + (await WorkAsync("overdue")).GetRawText();

    private static int Total(JsonElement page) => page.ValueKind == JsonValueKind.Object ? page.GetProperty("total").GetInt32() : 0;

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private static List<string> Kinds(JsonElement page) => page.ValueKind == JsonValueKind.Object ? [.. Items(page).Select(i => i.GetProperty("kind").GetString()!)] : [];

    private static List<(string, string, string?, bool?)> Steps(JsonElement page) =>
        [.. Items(page).Select(i => (i.GetProperty("kind").GetString()!, i.GetProperty("on").GetString()!, Text(i, "deadline"), Bool(i, "met")))];

    private static List<(string, string, bool)> Work(JsonElement page) =>
        [.. Items(page).Select(i => (i.GetProperty("kind").GetString()!, i.GetProperty("dueBy").GetString()!, i.GetProperty("overdue").GetBoolean()))];

    private static List<(string, int Numerator, int Denominator, double?, double?)> Figures(JsonElement report) =>
        [.. report.GetProperty("measures").EnumerateArray().Select(m => (m.GetProperty("code").GetString()!, m.GetProperty("numerator").GetInt32(),
            m.GetProperty("denominator").GetInt32(), Number(m, "percent"), Number(m, "national")))];

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool? Bool(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;

    private static double? Number(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
