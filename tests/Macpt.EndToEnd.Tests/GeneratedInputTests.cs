using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Generated input for every write operation in the five services' OpenAPI documents (so an endpoint added later is
/// covered, and fails until it is described): a valid body generated from the operation's schema is accepted and
/// changes its service's database; bodies, content types, ids and keys generated from it by FsCheck answer 2xx or a
/// problem+json 4xx, never 5xx; and whatever is refused (those, and the bad input generated from the schema) leaves the
/// database exactly as it was: every table's row count and the target row.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class GeneratedInputTests(MacptSystem system, ITestOutputHelper output)
{
    private const int CasesPerEndpoint = 25;

    /// <summary>
    /// An operation's valid case: the record it acts on (the path's id), the values of the fields whose values need
    /// meaning (codes, dates in order, ids of other records; a null leaves an optional field out; every other declared
    /// field is generated from the schema), who calls, and when ("now", for the services' clock).
    /// </summary>
    private sealed record ValidCase(Guid? Target, object Values, HttpClient? Caller = null, DateTimeOffset? Now = null);

    /// <summary>The services' JSON, but a null is written: in a valid case's values it leaves the field out.</summary>
    private static readonly JsonSerializerOptions ValuesJson = new(Macpt.ServiceDefaults.MacptJson.Options) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    private sealed record Prepared(OpenApiCases.WriteOperation Operation, ValidCase Case, JsonNode Body, HttpClient Caller);

    [Fact]
    public async Task Every_write_operation_accepts_its_generated_valid_body_and_answers_generated_mutations_with_2xx_or_a_problem_changing_nothing_when_refused()
    {
        var operations = new List<(OpenApiCases.WriteOperation Operation, JsonElement Document)>();
        foreach (var service in Services)
        {
            var inDocument = await DocumentOperationsAsync(service);
            operations.AddRange(inDocument.Select(o => (o, _documents[service])));
        }
        var table = ValidCases();
        var accepted = new Dictionary<string, int>();
        var bands = new Dictionary<string, Dictionary<string, int>>();
        // An operation in a document with no valid case fails, named (an endpoint added later fails until it is described).
        var failures = operations.Where(o => !table.ContainsKey(o.Operation.Name)).Select(o => $"{o.Operation.Name}: no valid case (add one to ValidCases)").ToList();
        failures.AddRange(table.Keys.Except(operations.Select(o => o.Operation.Name)).Select(n => $"{n}: a valid case for an operation no OpenAPI document has"));
        foreach (var (operation, document) in operations.Where(o => table.ContainsKey(o.Operation.Name)))
        {
            // One operation's failure is noted and the others still run, so one run names every operation that fails.
            try
            {
                await CheckOperationAsync(operation, document, table[operation.Name], bands);
                accepted[operation.Service] = accepted.GetValueOrDefault(operation.Service) + 1;
            }
            catch (Exception e) // an assertion, or FsCheck's report of a falsified mutation (it carries the assertion's message)
            {
                failures.Add($"{operation.Name}: {e.Message}");
                output.WriteLine($"FAILED {operation.Name}: {e.Message}");
            }
        }
        foreach (var group in operations.GroupBy(o => o.Operation.Service))
        {
            var counts = bands.GetValueOrDefault(group.Key) ?? [];
            output.WriteLine($"{group.Key}: {group.Count()} write operations, {accepted.GetValueOrDefault(group.Key)} generated valid bodies accepted (mutations passed), " +
                $"{counts.Values.Sum()} mutations ({string.Join(", ", counts.OrderBy(x => x.Key).Select(x => $"{x.Value} {x.Key}"))})");
        }
        output.WriteLine($"{operations.Count} write operations, {bands.Values.Sum(b => b.Values.Sum())} generated mutations, {failures.Count} operations failed");
        Assert.True(failures.Count == 0, $"{failures.Count} of {operations.Count} write operations failed:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// The state the operation needs, reached through the gateway; its valid body, accepted and changing what it
    /// should; then FsCheck's mutations of it: 2xx or a problem, never 5xx, and a refusal changes nothing.
    /// </summary>
    private async Task CheckOperationAsync(OpenApiCases.WriteOperation operation, JsonElement document, Func<Task<ValidCase>> describe,
        Dictionary<string, Dictionary<string, int>> bands)
    {
        var valid = await describe();
        var undeclared = new List<string>();
        var body = OpenApiCases.ValidBody(operation, document, JsonSerializer.SerializeToNode(valid.Values, ValuesJson), undeclared);
        Assert.True(undeclared.Count == 0, $"its valid case gives fields the OpenAPI document does not declare: {string.Join(", ", undeclared)}");
        var prepared = new Prepared(operation, valid, body, valid.Caller ?? system.Gateway);
        var target = valid.Target ?? Guid.Empty;
        var before = await SettledFingerprintAsync(operation.Service, target);
        var (status, text) = await SendAsync(prepared, body, valid.Target?.ToString(), IdempotencyKey(), "application/json");
        Assert.True(status is >= 200 and < 300, $"its generated valid body was answered {status}: {text[..Math.Min(text.Length, 600)]}\n    body: {body.ToJsonString()}");
        Assert.True(before != await FingerprintAsync(operation.Service, target), $"its valid body was accepted ({status}) but changed nothing in the {operation.Service} database");

        var counts = bands.TryGetValue(operation.Service, out var c) ? c : bands[operation.Service] = [];
        Prop.ForAll(JsonMutations.Arbitrary, Arb.From(Gen.Choose(0, 19)), (mutations, variant) =>
        {
            var band = $"{RunCaseAsync(prepared, mutations, variant).GetAwaiter().GetResult() / 100}xx";
            counts[band] = counts.GetValueOrDefault(band) + 1;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(CasesPerEndpoint).WithQuietOnSuccess(true));
    }

    private static string IdempotencyKey() => "gen-" + Guid.NewGuid().ToString("N");

    private async Task<(int Status, string Text)> SendAsync(Prepared p, JsonNode body, string? id, string? key, string contentType, string? raw = null)
    {
        var path = p.Operation.IdParameter is { } name ? p.Operation.Path.Replace("{" + name + "}", id ?? "", StringComparison.Ordinal) : p.Operation.Path;
        using var request = new HttpRequestMessage(new HttpMethod(p.Operation.Method), path)
        {
            Content = new StringContent(raw ?? body.ToJsonString(), Encoding.UTF8, contentType),
        };
        if (p.Operation.TakesIdempotencyKey && key is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        if (p.Case.Now is { } now) request.Headers.Add(MacptSystem.TestNowHeader, now.ToString("O"));
        using var response = await p.Caller.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 400)
        {
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{p.Operation.Name} answered {(int)response.StatusCode} without a problem: {text[..Math.Min(text.Length, 300)]}");
        }
        return ((int)response.StatusCode, text);
    }

    private async Task<int> RunCaseAsync(Prepared p, JsonMutations.Mutation[] mutations, int variant)
    {
        var target = p.Case.Target ?? Guid.Empty;
        var before = await FingerprintAsync(p.Operation.Service, target);
        var body = JsonMutations.Apply(p.Body, mutations);
        var id = variant switch
        {
            18 => Guid.NewGuid().ToString(), // unknown id
            19 => "not-a-guid",
            _ => p.Case.Target?.ToString(),
        };
        var json = body.ToJsonString();
        var (contentType, raw) = variant switch
        {
            15 => ("text/plain", json),
            16 => ("application/xml", "<referral><child/></referral>"),
            17 => ("application/json", json[..(json.Length / 2)]), // truncated JSON
            _ => ("application/json", json),
        };
        var key = variant switch { 14 => null, 13 => new string('k', 300), _ => IdempotencyKey() };
        var (status, text) = await SendAsync(p, body, id, key, contentType, raw);
        var what = $"{p.Operation.Name} with {(mutations.Length == 0 ? "no mutation" : string.Join("; ", mutations.Select(m => m.ToString())))} / variant {variant}";
        Assert.True(status < 500, $"{what} answered {status}: {text[..Math.Min(text.Length, 300)]}");
        if (status >= 400)
        {
            Assert.True(JsonDocument.Parse(text).RootElement.TryGetProperty("status", out _), $"{what}: a problem with its status");
            var after = await FingerprintAsync(p.Operation.Service, target);
            Assert.True(before == after, $"{what} was refused with {status} but changed the {p.Operation.Service} database: {Difference(before, after)}");
        }
        return status;
    }

    private static string Difference(string before, string after) =>
        string.Join(", ", before.Split(';').Zip(after.Split(';')).Where(x => x.First != x.Second).Select(x => $"{x.First} → {x.Second}"));

    /// <summary>
    /// How to reach, through the gateway, the state each write operation needs, and its valid case. One entry per
    /// operation in the documents (a test fails for one with none, naming it).
    /// </summary>
    private Dictionary<string, Func<Task<ValidCase>>> ValidCases()
    {
        var today = Enquiries.Today();
        var day = DateOnly.ParseExact(today, "yyyy-MM-dd");
        string In(int days) => day.AddDays(days).ToString("yyyy-MM-dd");
        var steps = new ConferenceSteps(system);
        var networks = new FamilyNetworkSteps(system);
        var advocacy = new AdvocacyScenario(system);
        var chair = system.AsUser(ConferenceSteps.Chair);
        var police = system.ClientFor("police");
        var health = system.ClientFor("health");
        static DateTimeOffset At(string iso) => ConferenceSteps.At(iso);
        object Child(string id) => new
        {
            laChildId = id,
            firstName = "Gen",
            lastName = "Erated",
            dateOfBirth = "2016-02-29",
            expectedDateOfBirth = (string?)null,
            sex = "M",
            gender = (string?)null, // the transition's old field: sent alone only
            ethnicity = "WBRI",
            nhsNumber = "4729583167",
            upn = "A123456789012",
            language = "English",
            interpreterNeeded = false,
            address = new { line1 = "1 Generated Road", line2 = "Flat 2", town = "Generton", postcode = "SW1A 1AA" },
        };
        object Referral(DateTimeOffset receivedAt) => new
        {
            child = Child(Referrals.NewChildId()),
            referralSource = "2A",
            concerns = "Generated.",
            receivedAt,
            harmContext = "online",
            suspectedCategories = new[] { "NEG" },
            referrer = new { agency = "education", role = "Designated safeguarding lead", contact = "01632 960000" },
        };
        async Task<Guid> Id(Task<HttpResponseMessage> sending)
        {
            using (var response = await sending)
            {
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(response.IsSuccessStatusCode, $"setting up: {(int)response.StatusCode} {text}");
                return JsonSerializer.Deserialize<JsonElement>(text).GetProperty("id").GetGuid();
            }
        }
        object DisagreementBody() => new { laChildId = Referrals.NewChildId(), subject = "threshold-decision", subjectId = (Guid?)null, aboutAgency = "police", concern = "Generated." };
        Task<Guid> Disagreement() => Id(system.Gateway.PostAsJsonAsync("/api/referrals/escalations", DisagreementBody()));
        object PreProceedingsBody() => new { laChildId = Referrals.NewChildId(), referralId = Guid.NewGuid(), startDate = today, legalPlanningMeeting = new { heldOn = today, decision = "pre-proceedings" } };
        Task<Guid> PreProceedings() => Id(system.Gateway.PostAsJsonAsync("/api/familynetworks/pre-proceedings", PreProceedingsBody()));
        Task<Guid> Consultation() => Id(health.PostAsJsonAsync("/api/referrals/consultations", new { question = "Generated?", child = new { firstName = "Gen", dateOfBirth = "2016-02-29" } }));
        async Task<Guid> Enquiry() => (await Enquiries.OpenEnquiryAsync(system)).GetProperty("id").GetGuid();
        Task<Guid> AgencyCheck(Guid enquiry) => Id(system.SendAsync(HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiry}/agency-checks", new { agency = "police", question = "What do you hold?" }));
        var arrangeAt = At("2026-11-23T09:00:00Z");
        async Task<Guid> HeldConference()
        {
            var id = await steps.ArrangedConferenceAsync(Referrals.NewChildId(), "2026-11-30", arrangeAt);
            await steps.OkAsync(HttpMethod.Post, $"/api/conferences/{id}/outcome", ConferenceSteps.InitialOutcome("2026-11-30", null), At("2026-11-30T16:00:00Z"));
            return id;
        }
        async Task<Guid> ConferencePlan() => (await steps.PlanStartedAsync(Referrals.NewChildId(), "2026-11-30", "2026-12-10", "2027-02-26")).PlanId;
        async Task<Guid> FamilyPlan() =>
            (await networks.OkAsync(HttpMethod.Post, $"{FamilyNetworkSteps.Requests}/{await networks.HeldAsync(Referrals.NewChildId(), Guid.NewGuid())}/plan", FamilyNetworkSteps.Plan(), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        async Task<(Guid Parent, Guid Offer)> Offer()
        {
            var child = Referrals.NewChildId();
            var parent = await advocacy.RegisterParentAsync(child);
            await advocacy.EnquiryStartsAsync(child);
            return (parent, AdvocacyScenario.OfferOf(await advocacy.OffersEventuallyAsync(child, 1), parent));
        }
        async Task<Guid> AcceptedOffer()
        {
            var (_, offer) = await Offer();
            await advocacy.AcceptAsync(offer);
            return offer;
        }
        async Task<Guid> Advocate() => await advocacy.AdvocateAsync(await advocacy.ProviderAsync());
        // A helper's body with optional fields left out, where a generated value would mean something else (an out-of-hours discussion, say).
        static JsonObject Without(object values, params string[] names)
        {
            var o = JsonSerializer.SerializeToNode(values, ValuesJson)!.AsObject();
            foreach (var name in names) o[name] = null;
            return o;
        }
        static Func<Task<ValidCase>> Ready(Func<ValidCase> valid) => () => Task.FromResult(valid());
        var parentBody = new
        {
            laChildId = Referrals.NewChildId(),
            name = "Gen Parent",
            relationship = "father",
            language = "pl",
            interpreterNeeded = true,
            contactPreferences = new[] { "post" },
            phone = "07700 900000",
            email = "gen.parent@example.org",
            address = "1 Generated Road"
        };

        return new()
        {
            // referrals
            ["POST /api/referrals"] = Ready(() => new(null, Referral(DateTimeOffset.UtcNow.AddMinutes(-5)))),
            // A partner's referral may not be back-dated (PartnerReferralIsNotBackDated): received a minute ago.
            ["POST /api/referrals/households"] = Ready(() => new(null, new
            {
                children = new[] { Child(Referrals.NewChildId()), Child(Referrals.NewChildId()) },
                referralSource = "6",
                concerns = "Generated.",
                receivedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
                harmContext = "online",
                suspectedCategories = new[] { "PHY" },
                referrer = (object?)null,
            }, police)),
            ["POST /api/referrals/{id}/decision"] = async () => new(await Referrals.CreateAsync(system.Gateway), new { decision = "no-further-action", reason = "Generated.", familyHelpLeadId = (string?)null, handoverDate = (string?)null }),
            ["POST /api/referrals/consultations"] = Ready(() => new(null, new
            {
                requesterAgency = "health",
                requesterContact = "Named nurse's office",
                question = "Generated?",
                child = new { laChildId = Referrals.NewChildId(), firstName = "Gen", lastName = "Erated", dateOfBirth = "2016-02-29" },
            }, health)),
            ["POST /api/referrals/consultations/{id}/advice"] = async () => new(await Consultation(), new { advice = "Make a referral today." }),
            ["POST /api/referrals/consultations/{id}/referral"] = async () => new(await Consultation(), Referral(DateTimeOffset.UtcNow.AddMinutes(-5))),
            ["POST /api/referrals/escalations"] = Ready(() => new(null, DisagreementBody())),
            ["POST /api/referrals/escalations/{id}/response"] = async () => new(await Disagreement(), new { response = "Generated." }),
            ["POST /api/referrals/escalations/{id}/escalation"] = async () => new(await Disagreement(), new { reason = "Generated." }),
            ["POST /api/referrals/escalations/{id}/resolution"] = async () => new(await Disagreement(), new { outcome = "agreed", summary = "Generated." }),
            // enquiries
            ["POST /api/enquiries/strategy-discussions"] = Ready(() => new(null, new { laChildId = Referrals.NewChildId(), referralId = (Guid?)null, urgency = "standard" })),
            ["PUT /api/enquiries/strategy-discussions/{id}/convening"] = async () => new((await Enquiries.DiscussionAsync(system, null)).DiscussionId,
                new { scheduledFor = DateTimeOffset.UtcNow.AddHours(2), chairId = "lcpp-0042", attendees = Enquiries.AllRequired, discussedWith = (object?)null }),
            ["POST /api/enquiries/strategy-discussions/{id}/outcome"] = async () => new((await Enquiries.DiscussionAsync(system, null)).DiscussionId, Without(Enquiries.Outcome(today, thresholdMet: true), "heldBy")),
            ["PUT /api/enquiries/section-47-enquiries/{id}/child-seen"] = async () => new(await Enquiry(), new { seenOn = today, seenAlone = true }),
            ["POST /api/enquiries/section-47-enquiries/{id}/agency-checks"] = async () => new(await Enquiry(), new { agency = "education", service = (string?)null, dueOn = In(7) }),
            ["POST /api/enquiries/agency-checks/{id}/answer"] = async () => new(await AgencyCheck(await Enquiry()), new { }, police),
            ["POST /api/enquiries/section-47-enquiries/{id}/outcome"] = async () => new(await Enquiry(), new { outcome = "not-substantiated", completedOn = today, familyHelpLeadId = "fh-gen-1", handoverDate = today }),
            // conferences (on the days the conference steps use, "now" set per request)
            ["POST /api/conferences/pre-birth"] = Ready(() => new(null, new { laChildId = Referrals.NewChildId(), referralId = (Guid?)null, enquiryId = (Guid?)null, targetDate = In(30), expectedDateOfBirth = In(90) })),
            ["POST /api/conferences/transfers-in"] = Ready(() => new(null, new { laChildId = Referrals.NewChildId(), referralId = (Guid?)null, notifiedOn = today, fromAuthority = "Generated Borough Council", previousPlanStartDate = In(-60) })),
            ["POST /api/conferences/births"] = async () =>
            {
                var unborn = Referrals.NewChildId();
                await steps.PlanStartedAsync(unborn, "2026-11-30", "2026-12-10", "2027-02-26", expectedDateOfBirth: "2027-01-10");
                return new(null, new { unbornLaChildId = unborn, dateOfBirth = "2027-01-04", laChildId = (string?)null }, Now: At("2027-01-05T10:00:00Z"));
            },
            ["PUT /api/conferences/{id}/case-team"] = async () =>
                new((await steps.EnquiryCompletedAsync(Referrals.NewChildId(), "2026-11-20", "2026-11-30")).ConferenceId, ConferenceSteps.CaseTeam, Now: arrangeAt),
            ["PUT /api/conferences/{id}/arrangements"] = async () =>
            {
                var (_, id) = await steps.EnquiryCompletedAsync(Referrals.NewChildId(), "2026-11-20", "2026-11-30");
                await steps.OkAsync(HttpMethod.Put, $"/api/conferences/{id}/case-team", ConferenceSteps.CaseTeam, arrangeAt);
                return new(id, ConferenceSteps.Arrangements("2026-11-30"), Now: arrangeAt);
            },
            ["POST /api/conferences/{id}/outcome"] = async () =>
            {
                var outcome = ConferenceSteps.InitialOutcome("2026-11-30", ConferenceSteps.Plan("2026-12-10", "2027-02-26"));
                outcome["latestCategoryOfAbuse"] = null; // a review's
                outcome["ending"] = null;
                outcome["stepDown"] = null; // an initial conference with no plan's
                outcome["planChanges"] = null; // a review's
                return new(await steps.ArrangedConferenceAsync(Referrals.NewChildId(), "2026-11-30", arrangeAt), outcome, Now: At("2026-11-30T16:00:00Z"));
            },
            ["PUT /api/conferences/{id}/record"] = async () => new(await HeldConference(), new { finalisedOn = "2026-12-02" }, chair, At("2026-12-02T09:00:00Z")),
            ["POST /api/conferences/{id}/record/distribution"] = async () =>
            {
                var id = await HeldConference();
                await steps.OkAsync(chair, HttpMethod.Put, $"/api/conferences/{id}/record", new { finalisedOn = "2026-12-02" }, At("2026-12-02T09:00:00Z"));
                return new(id, new { distributedTo = new[] { "pol-77", "nhs-5" }, distributedOn = "2026-12-03" }, Now: At("2026-12-03T09:00:00Z"));
            },
            ["POST /api/conferences/plans/{id}/core-groups"] = async () =>
                new(await ConferencePlan(), new { heldOn = "2026-12-10", attended = new[] { ConferenceSteps.FamilyHelpLead, ConferenceSteps.Lcpp, "nhs-5" }, note = "Generated.", progress = (object?)null }, Now: At("2026-12-10T15:00:00Z")),
            ["PUT /api/conferences/plans/{id}/detailed-plan"] = async () =>
            {
                var plan = await ConferencePlan();
                await steps.OkAsync(HttpMethod.Post, $"/api/conferences/plans/{plan}/core-groups", new { heldOn = "2026-12-10", attended = new[] { ConferenceSteps.FamilyHelpLead, ConferenceSteps.Lcpp } }, At("2026-12-10T15:00:00Z"));
                return new(plan, new { agreedOn = "2026-12-10", outcomes = new[] { "Generated." }, actions = new[] { new { action = "Generated.", ownerAgency = "health", dueBy = "2027-02-26", status = "not-started" } } },
                    Now: At("2026-12-11T09:00:00Z"));
            },
            ["POST /api/conferences/plans/{id}/people-changes"] = async () =>
                new(await ConferencePlan(), new { change = "lcpp", practitionerId = "lcpp-0404", agency = (string?)null, changedOn = "2026-12-15", handoverNote = "Generated." }, Now: At("2026-12-15T12:00:00Z")),
            ["POST /api/conferences/plans/{id}/ending"] = async () =>
                new(await ConferencePlan(), new { endDate = "2026-12-01", reasonCode = "died", stepDownToFamilyHelp = false, familyHelpLeadId = (string?)null, receivingConferenceOn = (string?)null }, Now: At("2026-12-01T17:00:00Z")),
            // family networks
            ["POST /api/familynetworks/requests"] = Ready(() => new(null, new { laChildId = Referrals.NewChildId(), stage = "pre-proceedings", referralId = Guid.NewGuid(), neededBy = In(14) })),
            ["POST /api/familynetworks/requests/{id}/offer"] = async () => new(await networks.RequestAsync(Referrals.NewChildId(), Guid.NewGuid()), FamilyNetworkSteps.Offer()),
            ["POST /api/familynetworks/requests/{id}/answer"] = async () =>
            {
                var id = await networks.RequestAsync(Referrals.NewChildId(), Guid.NewGuid());
                var offered = await networks.OkAsync(HttpMethod.Post, $"{FamilyNetworkSteps.Requests}/{id}/offer", FamilyNetworkSteps.Offer());
                return new(id, new { personId = FamilyNetworkSteps.PersonOf(offered), answer = "accepted", answeredOn = today, declineReason = (string?)null });
            },
            ["POST /api/familynetworks/requests/{id}/best-interests-exception"] = async () =>
                new(await networks.RequestAsync(Referrals.NewChildId(), Guid.NewGuid()), new { decidedOn = today, reason = "Generated." }),
            ["POST /api/familynetworks/pre-proceedings"] = Ready(() => new(null, PreProceedingsBody())),
            ["PUT /api/familynetworks/pre-proceedings/{id}/letter"] = async () => new(await PreProceedings(), new { sentOn = today, familyGroupDecisionMakingOffered = true }),
            ["POST /api/familynetworks/pre-proceedings/{id}/meetings"] = async () => new(await PreProceedings(), new { heldOn = today, kind = "initial" }),
            ["POST /api/familynetworks/pre-proceedings/{id}/outcome"] = async () =>
                new(await PreProceedings(), new { decidedOn = today, outcome = "stepped-down", courtApplicationOn = (string?)null, letterOfIssueOn = (string?)null }),
            ["PUT /api/familynetworks/requests/{id}/coordinator"] = async () =>
            {
                var id = await networks.RequestAsync(Referrals.NewChildId(), Guid.NewGuid());
                var offered = await networks.OkAsync(HttpMethod.Post, $"{FamilyNetworkSteps.Requests}/{id}/offer", FamilyNetworkSteps.Offer());
                await networks.OkAsync(HttpMethod.Post, $"{FamilyNetworkSteps.Requests}/{id}/answer", FamilyNetworkSteps.Accept(offered));
                return new(id, FamilyNetworkSteps.Coordinator());
            },
            ["PUT /api/familynetworks/requests/{id}/meeting-date"] = async () => new(await networks.AcceptedAsync(Referrals.NewChildId(), Guid.NewGuid()), new { scheduledFor = today }),
            ["POST /api/familynetworks/requests/{id}/meeting"] = async () => new(await networks.AcceptedAsync(Referrals.NewChildId(), Guid.NewGuid()), FamilyNetworkSteps.Meeting()),
            ["POST /api/familynetworks/requests/{id}/plan"] = async () => new(await networks.HeldAsync(Referrals.NewChildId(), Guid.NewGuid()), FamilyNetworkSteps.Plan()),
            ["POST /api/familynetworks/plans/{id}/reviews"] = async () => new(await FamilyPlan(), new { reviewedOn = today, nextReviewDue = day.AddMonths(1).ToString("yyyy-MM-dd") }),
            ["POST /api/familynetworks/plans/{id}/revisions"] = async () => new(await FamilyPlan(), new
            {
                revisesVersion = 1,
                localAuthorityAgrees = true,
                reviewDue = day.AddMonths(2).ToString("yyyy-MM-dd"),
                safeguards = new[] { new { action = "Lives with the grandmother during the week", responsible = "Test Grandmother", when = "From Monday", contingency = "Respite with the family friend" } },
            }),
            ["POST /api/familynetworks/plans/{id}/end"] = async () => new(await FamilyPlan(), new { endedOn = today, reason = "achieved" }),
            // advocacy
            ["POST /api/advocacy/parents"] = Ready(() => new(null, parentBody with { laChildId = Referrals.NewChildId() })),
            ["POST /api/advocacy/parents/conflicts"] = async () =>
            {
                var child = Referrals.NewChildId();
                return new(null, new { firstParentId = await advocacy.RegisterParentAsync(child), secondParentId = await advocacy.RegisterParentAsync(child, "father") });
            },
            ["POST /api/advocacy/parents/{parentId}/guides"] = async () => new(await advocacy.RegisterParentAsync(Referrals.NewChildId()), new { stage = "conference", language = "ur", channel = "post" }),
            ["POST /api/advocacy/providers"] = Ready(() => new(null, new { name = "Parents Together", kind = "voluntary" })),
            ["POST /api/advocacy/providers/{id}/advocates"] = async () => new(await advocacy.ProviderAsync(), new { name = "Gen Advocate", languages = new[] { "en", "pl" }, capacity = 3 }),
            ["PUT /api/advocacy/advocates/{id}/capacity"] = async () => new(await Advocate(), new { capacity = 5 }),
            ["POST /api/advocacy/advocates/{id}/leaving"] = async () => new(await Advocate(), new { leftOn = today }),
            ["POST /api/advocacy/offers/{id}/answer"] = async () => new((await Offer()).Offer, new { answer = "accepted", answeredOn = today }),
            ["POST /api/advocacy/offers/{id}/consent-withdrawal"] = async () => new(await AcceptedOffer(), new { }),
            ["POST /api/advocacy/offers/{id}/allocation"] = async () => new(await AcceptedOffer(), new { advocateId = await Advocate() }),
            ["POST /api/advocacy/allocations/{id}/attendance"] = async () =>
                new(await Id(advocacy.AllocateAsync(await AcceptedOffer(), await Advocate())), new { meeting = "conference", meetingOn = today, meetingId = (Guid?)null, attended = true }),
            ["POST /api/advocacy/offers/{id}/feedback"] = async () => new((await Offer()).Offer, new { stage = "strategy-discussion", score = 2, givenOn = today }),
        };
    }

    private readonly Dictionary<string, JsonElement> _documents = [];

    /// <summary>The write operations of one service's OpenAPI document (the document kept for the schemas).</summary>
    private async Task<List<OpenApiCases.WriteOperation>> DocumentOperationsAsync(string service)
    {
        using var client = system.ServiceClient(service);
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        _documents[service] = document;
        return OpenApiCases.WriteOperations(service, document).ToList();
    }

    /// <summary>The service's fingerprint once what the setting up set going (events on the bus) has settled: the same twice, 700 ms apart.</summary>
    private async Task<string> SettledFingerprintAsync(string service, Guid target)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var last = await FingerprintAsync(service, target);
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(700);
            var now = await FingerprintAsync(service, target);
            if (now == last) return now;
            last = now;
        }
        return last;
    }
    private static readonly string[] Services = ["referrals", "enquiries", "conferences", "familynetworks", "advocacy"];

    /// <summary>
    /// Every write operation in the five OpenAPI documents, found there (so an endpoint added later is covered with no
    /// change here), gets the bad-input cases generated from its schema; each must answer 4xx problem+json and leave its
    /// service's database as it was: every table's row count (outbox and idempotency keys included) and the target row.
    /// </summary>
    [Fact]
    public async Task Every_write_operation_in_the_OpenAPI_documents_refuses_generated_bad_input_with_a_problem_and_stores_nothing()
    {
        var operations = new List<(OpenApiCases.WriteOperation Operation, JsonElement Document)>();
        foreach (var service in Services)
        {
            using var client = system.ServiceClient(service);
            var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
            operations.AddRange(OpenApiCases.WriteOperations(service, document).Select(o => (o, document)));
        }
        var refusedBy = new Dictionary<string, int>();
        var statuses = new Dictionary<int, int>();
        foreach (var (operation, document) in operations)
        {
            var target = await TargetIdAsync(operation);
            var cases = OpenApiCases.InvalidCases(operation, document);
            foreach (var c in cases)
            {
                var before = await FingerprintAsync(operation.Service, target);
                var path = operation.IdParameter is { } p
                    ? operation.Path.Replace("{" + p + "}", c.MalformedId ? "not-a-uuid" : target.ToString(), StringComparison.Ordinal)
                    : operation.Path;
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), path) { Content = new StringContent(c.Body, Encoding.UTF8, c.ContentType) };
                if (operation.TakesIdempotencyKey) request.Headers.TryAddWithoutValidation("Idempotency-Key", "gen-" + Guid.NewGuid().ToString("N"));
                using var response = await system.Gateway.SendAsync(request);
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(status is >= 400 and < 500, $"{operation.Name} ({c.Name}) answered {status}: {text[..Math.Min(text.Length, 300)]}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.True(JsonDocument.Parse(text).RootElement.TryGetProperty("status", out _), $"{operation.Name} ({c.Name}): a problem with its status");
                Assert.True(before == await FingerprintAsync(operation.Service, target), $"{operation.Name} ({c.Name}) was refused with {status} but changed the {operation.Service} database");
                refusedBy[operation.Name] = refusedBy.GetValueOrDefault(operation.Name) + 1;
            }
        }
        foreach (var group in operations.GroupBy(o => o.Operation.Service))
        {
            output.WriteLine($"{group.Key}: {group.Count()} write operations, {group.Sum(o => refusedBy.GetValueOrDefault(o.Operation.Name))} generated cases refused");
        }
        output.WriteLine($"{operations.Count} write operations in the OpenAPI documents, {refusedBy.Values.Sum()} generated cases, answers: " +
            string.Join(", ", statuses.OrderBy(x => x.Key).Select(x => $"{x.Value}× {x.Key}")));
        // Every operation in a document has cases: one with none (a body the generator cannot read, say) fails here.
        Assert.All(operations, o => Assert.True(refusedBy.GetValueOrDefault(o.Operation.Name) >= 4, $"{o.Operation.Name}: no generated cases"));
    }

    /// <summary>A record the operation can target: the first of its collection's list, if the document's service lists it; else an unknown id.</summary>
    private async Task<Guid> TargetIdAsync(OpenApiCases.WriteOperation operation)
    {
        if (operation.Collection is not { } collection) return Guid.Empty;
        using var response = await system.Gateway.GetAsync(collection);
        if (!response.IsSuccessStatusCode) return Guid.NewGuid();
        var list = await response.Content.ReadFromJsonAsync<JsonElement>();
        return list.TryGetProperty("items", out var items) && items.GetArrayLength() > 0 && items[0].TryGetProperty("id", out var id) && id.TryGetGuid(out var guid)
            ? guid
            : Guid.NewGuid();
    }

    private readonly Dictionary<string, string> _fingerprintSql = [];

    /// <summary>Every table's row count in one service's database (but the audit log), and the target row wherever it is (any table with a uuid id).</summary>
    private async Task<string> FingerprintAsync(string service, Guid target)
    {
        await using var connection = await system.OpenDatabaseAsync(service);
        if (!_fingerprintSql.TryGetValue(service, out var sql))
        {
            var parts = new List<string>();
            await using (var tables = new Npgsql.NpgsqlCommand("""
                SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c
                    WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'id' AND c.data_type = 'uuid')
                FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                  AND t.table_name <> 'audit_log' -- every answered request is audited, a refusal too: that row is meant to be stored
                ORDER BY 1
                """, connection))
            await using (var reader = await tables.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    var table = reader.GetString(0).Replace("\"", "\"\"", StringComparison.Ordinal);
                    parts.Add(reader.GetBoolean(1)
                        ? $"'{table}=' || (SELECT count(*) FROM \"{table}\") || '/' || coalesce((SELECT md5(t::text) FROM \"{table}\" t WHERE id = @target), '')"
                        : $"'{table}=' || (SELECT count(*) FROM \"{table}\")");
                }
            }
            _fingerprintSql[service] = sql = "SELECT " + string.Join(" || ';' || ", parts);
        }
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("target", target);
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    [Fact]
    public async Task Every_list_answers_generated_query_strings_with_200_or_a_problem()
    {
        string[] lists = ["/api/referrals", "/api/referrals/consultations", "/api/enquiries/strategy-discussions", "/api/enquiries/section-47-enquiries",
            "/api/enquiries/agency-checks", "/api/conferences", "/api/conferences/plans", "/api/familynetworks/requests", "/api/familynetworks/plans",
            "/api/advocacy/offers", "/api/advocacy/advocates", "/api/reporting/work", "/api/reporting/timeliness"];
        string[] names = ["status", "due", "page", "pageSize", "referralId", "icpcTarget", "agency", "enquiryId", "laChildId", "kind", "stage", "awaiting", "reviewDue", "language"];
        string[] values = ["", "x", "-1", "0", "2147483648", "999999999999", "overdue", "today", "passed", "awaiting-decision", "open", "police", "not-held",
            Guid.NewGuid().ToString(), "not-a-guid", "%00", "%F0%9F%98%80", new string('a', 5000)];
        var queryGen =
            from count in Gen.Choose(0, 4)
            from pairs in (from n in Gen.Elements(names) from v in Gen.Elements(values) select $"{n}={v}").ArrayOf(count)
            from list in Gen.Elements(lists)
            select $"{list}?{string.Join('&', pairs)}";
        var counts = new Dictionary<int, int>();
        Prop.ForAll(Arb.From(queryGen), uri =>
        {
            using var response = system.Gateway.GetAsync(uri).GetAwaiter().GetResult();
            var status = (int)response.StatusCode;
            counts[status] = counts.GetValueOrDefault(status) + 1;
            Assert.True(status is 200 or (>= 400 and < 500), $"{uri[..Math.Min(uri.Length, 200)]} answered {status}");
            if (status >= 400) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true));
        output.WriteLine($"list queries: 200 cases ({string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Value}×{c.Key}"))})");
    }
}
