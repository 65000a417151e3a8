using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Macpt.WorkingDays;

namespace Macpt.EndToEnd.Tests.Cohort;

/// <summary>One request (or a few) of one child's history, at its moment.</summary>
public sealed record CohortStep(DateTimeOffset At, CohortChild Child, string What, Func<Task> Run)
{
    public DateOnly Day => LondonClock.ToLondonDate(At);
}

/// <summary>
/// Drives a generated cohort through the gateway in date order, every request with "now" the step's moment
/// (<see cref="MacptSystem.TestNowHeader"/>): all children interleaved day by day; within a day, children's steps run
/// side by side (each child's in order), and a day ends before the next begins. Steps that need a record another
/// service makes from an event wait for it (<see cref="Eventually"/>).
/// </summary>
public sealed class CohortDriver
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(60);
    private const int ChildrenAtOnce = 8;
    private readonly MacptSystem _system;
    private readonly List<CohortStep> _steps;
    private int _next;
    private int _requests;

    public CohortDriver(MacptSystem system, IEnumerable<CohortChild> cohort)
    {
        _system = system;
        _steps = cohort.SelectMany(StepsOf).OrderBy(s => s.At).ThenBy(s => s.Child.LaChildId, StringComparer.Ordinal).ToList();
    }

    public int Steps => _steps.Count;
    public int Requests => _requests;

    /// <summary>Runs every step not yet run whose London date is before <paramref name="day"/> (all of them when null).</summary>
    public async Task RunUntilAsync(DateOnly? day = null)
    {
        using var gate = new SemaphoreSlim(ChildrenAtOnce);
        while (_next < _steps.Count && (day is null || _steps[_next].Day < day))
        {
            var today = _steps[_next].Day;
            var todays = _steps.Skip(_next).TakeWhile(s => s.Day == today).ToList();
            _next += todays.Count;
            await Task.WhenAll(todays.GroupBy(s => s.Child).Select(async child =>
            {
                await gate.WaitAsync();
                try
                {
                    foreach (var step in child) await step.Run();
                }
                finally
                {
                    gate.Release();
                }
            }));
        }
    }

    private IEnumerable<CohortStep> StepsOf(CohortChild child)
    {
        foreach (var referral in child.Referrals)
        {
            yield return new(referral.ReceivedAt.AddMinutes(1), child, "referral received", () => ReceiveAsync(child, referral));
            yield return new(referral.DecidedAt, child, "referral decided", () => DecideAsync(referral));
            if (referral.Discussion is not { } discussion) continue;
            yield return new(CohortGenerator.At(discussion.HeldOn, 15, 0), child, "strategy discussion held", () => HoldDiscussionAsync(referral, discussion));
            if (discussion.Enquiry is not { } enquiry) continue;
            foreach (var check in enquiry.Checks)
            {
                yield return new(CohortGenerator.At(check.RequestedOn, 15, 10), child, "agency check requested", () => RequestCheckAsync(enquiry, check));
                yield return new(CohortGenerator.At(check.AnsweredOn, 10, 0), child, "agency check answered", () => AnswerCheckAsync(check));
            }
            if (enquiry.NetworkOffer is { } offer)
            {
                yield return new(CohortGenerator.At(offer.OfferedOn, 11, 0), child, "family network meeting offered", () => OfferMeetingAsync(child, referral, offer));
                yield return new(CohortGenerator.At(offer.AnsweredOn, 11, 30), child, "family network offer answered", () => AnswerMeetingAsync(offer));
            }
            if (enquiry.Advocacy is { } advocacy)
            {
                yield return new(CohortGenerator.At(advocacy.OfferedOn, 11, 15), child, "parent registered and offered advocacy", () => RegisterParentAsync(child, referral, advocacy));
                yield return new(CohortGenerator.At(advocacy.AnsweredOn, 11, 45), child, "advocacy offer answered", () => AnswerAdvocacyAsync(advocacy));
            }
            yield return new(CohortGenerator.At(enquiry.CompletedOn, 12, 0), child, "section 47 completed", () => CompleteEnquiryAsync(enquiry));
            if (enquiry.Conference is not { } conference) continue;
            yield return new(CohortGenerator.At(conference.ArrangedOn, 16, 0), child, "initial conference arranged", () => ArrangeConferenceAsync(child, enquiry, conference));
            yield return new(CohortGenerator.At(conference.Date, 14, 0), child, "initial conference held", () => HoldConferenceAsync(child, conference));
            if (conference.Plan is not { } plan) continue;
            foreach (var meeting in plan.CoreGroups)
            {
                yield return new(CohortGenerator.At(meeting.HeldOn, 12, 30), child, "core group held", () => HoldCoreGroupAsync(plan, meeting));
            }
            foreach (var review in plan.Reviews)
            {
                yield return new(CohortGenerator.At(review.ArrangedOn, 9, 30), child, "review conference arranged", () => ArrangeReviewAsync(child, review));
                yield return new(CohortGenerator.At(review.HeldOn, 14, 0), child, "review conference held", () => HoldReviewAsync(plan, review));
            }
        }
    }

    private async Task ReceiveAsync(CohortChild child, CohortReferral referral)
    {
        var body = new
        {
            child = new { laChildId = child.LaChildId, firstName = child.FirstName, lastName = "Cohort", dateOfBirth = child.DateOfBirth.ToString("yyyy-MM-dd"), sex = child.Sex },
            referralSource = referral.ReferralSource,
            concerns = "Synthetic cohort: concerns about the child's care.",
            receivedAt = referral.ReceivedAt,
        };
        var answer = await SendAsync(_system.ClientFor(referral.Sender), HttpMethod.Post, "/api/referrals", body, referral.ReceivedAt.AddMinutes(1), HttpStatusCode.Created,
            "cohort-" + Guid.NewGuid().ToString("N"));
        referral.Id = answer.GetProperty("id").GetGuid();
        Assert.Equal(referral.DecisionDueBy.ToString("yyyy-MM-dd"), answer.GetProperty("decisionDueBy").GetString());
        if (referral.Sender == "local-authority") Assert.Equal(referral.IsReReferral, answer.GetProperty("isReReferral").GetBoolean());
    }

    private Task DecideAsync(CohortReferral referral) =>
        SendAsync(_system.Gateway, HttpMethod.Post, $"/api/referrals/{referral.Id}/decision", referral.Decision == "family-help"
            ? new { decision = referral.Decision, reason = "Needs Family Help.", familyHelpLeadId = (string?)ConferenceSteps.FamilyHelpLead, handoverDate = (DateOnly?)referral.DecidedOn }
            : new { decision = referral.Decision, reason = "Cohort decision.", familyHelpLeadId = (string?)null, handoverDate = (DateOnly?)null },
            referral.DecidedAt);

    private async Task HoldDiscussionAsync(CohortReferral referral, CohortDiscussion discussion)
    {
        var found = await Eventually.ReturnsAsync(() => Referrals.StrategyDiscussionsAsync(_system.Gateway, referral.Id), d => d.GetArrayLength() == 1, Within,
            $"the strategy discussion of referral {referral.Id}");
        discussion.Id = found[0].GetProperty("id").GetGuid();
        Assert.Equal(discussion.DueBy.ToString("yyyy-MM-dd"), found[0].GetProperty("dueBy").GetString());
        var heldOn = discussion.HeldOn.ToString("yyyy-MM-dd");
        var answer = await SendAsync(_system.Gateway, HttpMethod.Post, $"/api/enquiries/strategy-discussions/{discussion.Id}/outcome", new
        {
            heldOn,
            thresholdMet = discussion.ThresholdMet,
            reasons = "Cohort threshold decision.",
            attended = Enquiries.AllRequired,
            offerFamilyNetworkMeeting = false,
        }, CohortGenerator.At(discussion.HeldOn, 15, 0));
        if (discussion.Enquiry is { } enquiry) enquiry.Id = answer.GetProperty("section47EnquiryId").GetGuid();
    }

    private async Task RequestCheckAsync(CohortEnquiry enquiry, CohortCheck check)
    {
        var answer = await SendAsync(_system.Gateway, HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiry.Id}/agency-checks",
            new { agency = check.Agency, service = check.Service, question = "What do you hold on the child?" }, CohortGenerator.At(check.RequestedOn, 15, 10), HttpStatusCode.Created);
        check.Id = answer.GetProperty("id").GetGuid();
        Assert.Equal(check.DueOn.ToString("yyyy-MM-dd"), answer.GetProperty("dueOn").GetString());
    }

    private Task AnswerCheckAsync(CohortCheck check) =>
        SendAsync(_system.ClientFor(check.Agency), HttpMethod.Post, $"/api/enquiries/agency-checks/{check.Id}/answer", new { answer = "Known to us; nothing recent." },
            CohortGenerator.At(check.AnsweredOn, 10, 0));

    private async Task OfferMeetingAsync(CohortChild child, CohortReferral referral, CohortNetworkOffer offer)
    {
        var requests = await Eventually.ReturnsAsync(async () => (await GetAsync($"/api/familynetworks/requests?laChildId={child.LaChildId}&referralId={referral.Id}&stage=section-47")).GetProperty("items"),
            r => r.GetArrayLength() == 1, Within, $"the section-47 family network request of {child.LaChildId}");
        offer.RequestId = requests[0].GetProperty("id").GetGuid();
        var offered = await SendAsync(_system.Gateway, HttpMethod.Post, $"/api/familynetworks/requests/{offer.RequestId}/offer", new
        {
            offeredTo = new[] { new { name = "Cohort Parent", relationship = "mother", parentalResponsibility = true } },
            offeredOn = offer.OfferedOn,
        }, CohortGenerator.At(offer.OfferedOn, 11, 0));
        offer.PersonId = FamilyNetworkSteps.PersonOf(offered);
    }

    private Task AnswerMeetingAsync(CohortNetworkOffer offer) =>
        SendAsync(_system.Gateway, HttpMethod.Post, $"/api/familynetworks/requests/{offer.RequestId}/answer", offer.Accepted
            ? new { personId = offer.PersonId, answer = "accepted", answeredOn = offer.AnsweredOn, declineReason = (string?)null }
            : new { personId = offer.PersonId, answer = "declined", answeredOn = offer.AnsweredOn, declineReason = (string?)"Not now." },
            CohortGenerator.At(offer.AnsweredOn, 11, 30));

    private async Task RegisterParentAsync(CohortChild child, CohortReferral referral, CohortAdvocacy advocacy)
    {
        // The episode opens from Section47EnquiryStarted: a parent registered while it is open is offered an advocate then and there.
        await Eventually.ReturnsAsync(() => _system.CountAsync("advocacy", "SELECT count(*) FROM episodes WHERE referral_id = @r AND ended_on IS NULL", ("r", referral.Id)),
            n => n == 1, Within, $"the advocacy episode of referral {referral.Id}");
        var parent = await SendAsync(_system.Gateway, HttpMethod.Post, $"{AdvocacyScenario.Base}/parents", AdvocacyScenario.ParentBody(child.LaChildId),
            CohortGenerator.At(advocacy.OfferedOn, 11, 15), HttpStatusCode.Created, AdvocacyScenario.Key());
        advocacy.OfferId = Assert.Single(parent.GetProperty("offers").EnumerateArray()).GetProperty("id").GetGuid();
    }

    private Task AnswerAdvocacyAsync(CohortAdvocacy advocacy) =>
        SendAsync(_system.Gateway, HttpMethod.Post, $"{AdvocacyScenario.Base}/offers/{advocacy.OfferId}/answer",
            new { answer = advocacy.Accepted ? "accepted" : "declined", answeredOn = advocacy.AnsweredOn }, CohortGenerator.At(advocacy.AnsweredOn, 11, 45));

    private async Task CompleteEnquiryAsync(CohortEnquiry enquiry)
    {
        var now = CohortGenerator.At(enquiry.CompletedOn, 12, 0);
        await SendAsync(_system.Gateway, HttpMethod.Put, $"/api/enquiries/section-47-enquiries/{enquiry.Id}/child-seen",
            new { seenOn = enquiry.StartDate, seenAlone = true, childsWords = "Cohort child's words." }, now);
        await SendAsync(_system.Gateway, HttpMethod.Post, $"/api/enquiries/section-47-enquiries/{enquiry.Id}/outcome", enquiry.ConferenceRequired
            ? new { outcome = "conference-required", reasons = "Continuing risk.", completedOn = enquiry.CompletedOn, familyHelpLeadId = (string?)null, handoverDate = (DateOnly?)null }
            : new { outcome = "not-substantiated", reasons = "Not substantiated.", completedOn = enquiry.CompletedOn, familyHelpLeadId = (string?)ConferenceSteps.FamilyHelpLead, handoverDate = (DateOnly?)enquiry.CompletedOn },
            now);
    }

    private async Task ArrangeConferenceAsync(CohortChild child, CohortEnquiry enquiry, CohortConference conference)
    {
        var now = CohortGenerator.At(conference.ArrangedOn, 16, 0);
        var found = await Eventually.ReturnsAsync(async () => (await GetAsync($"/api/conferences?laChildId={child.LaChildId}&kind=initial&status=to-arrange")).GetProperty("items"),
            l => l.EnumerateArray().Any(c => c.GetProperty("enquiryId").GetString() == enquiry.Id.ToString()), Within, $"the initial conference of enquiry {enquiry.Id}");
        var created = found.EnumerateArray().Single(c => c.GetProperty("enquiryId").GetString() == enquiry.Id.ToString());
        conference.Id = created.GetProperty("id").GetGuid();
        Assert.Equal(conference.Target.ToString("yyyy-MM-dd"), created.GetProperty("targetDate").GetString());
        await SendAsync(_system.Gateway, HttpMethod.Put, $"/api/conferences/{conference.Id}/case-team", ConferenceSteps.CaseTeam, now);
        await SendAsync(_system.Gateway, HttpMethod.Put, $"/api/conferences/{conference.Id}/arrangements",
            ConferenceSteps.Arrangements(conference.Date.ToString("yyyy-MM-dd"), lateReason: conference.Date > conference.Target ? "Chair unavailable." : null), now);
    }

    private async Task HoldConferenceAsync(CohortChild child, CohortConference conference)
    {
        var date = conference.Date.ToString("yyyy-MM-dd");
        var plan = conference.Plan;
        var decision = plan is null ? null
            : ConferenceSteps.Plan(new WorkingDayCalendar().AddWorkingDays(conference.Date, 5).ToString("yyyy-MM-dd"), plan.FirstReviewOn.ToString("yyyy-MM-dd"), plan.Category);
        await SendAsync(_system.Gateway, HttpMethod.Post, $"/api/conferences/{conference.Id}/outcome", ConferenceSteps.InitialOutcome(date, decision), CohortGenerator.At(conference.Date, 14, 0));
        if (plan is null) return;
        var active = (await GetAsync($"/api/conferences/plans?laChildId={child.LaChildId}&status=active")).GetProperty("items");
        plan.Id = Assert.Single(active.EnumerateArray()).GetProperty("id").GetGuid();
    }

    private Task HoldCoreGroupAsync(CohortPlan plan, CohortCoreGroup meeting) =>
        SendAsync(_system.Gateway, HttpMethod.Post, $"/api/conferences/plans/{plan.Id}/core-groups",
            new { heldOn = meeting.HeldOn, attended = new[] { ConferenceSteps.FamilyHelpLead, ConferenceSteps.Lcpp } }, CohortGenerator.At(meeting.HeldOn, 12, 30));

    private async Task ArrangeReviewAsync(CohortChild child, CohortReview review)
    {
        var pending = (await GetAsync($"/api/conferences?laChildId={child.LaChildId}&kind=review&status=to-arrange")).GetProperty("items");
        var conference = Assert.Single(pending.EnumerateArray());
        review.ConferenceId = conference.GetProperty("id").GetGuid();
        Assert.Equal(review.Due.ToString("yyyy-MM-dd"), conference.GetProperty("targetDate").GetString());
        await SendAsync(_system.Gateway, HttpMethod.Put, $"/api/conferences/{review.ConferenceId}/arrangements",
            ConferenceSteps.Arrangements(review.HeldOn.ToString("yyyy-MM-dd"), lateReason: review.HeldOn > review.Due ? "Family asked to move it." : null),
            CohortGenerator.At(review.ArrangedOn, 9, 30));
    }

    private Task HoldReviewAsync(CohortPlan plan, CohortReview review) =>
        SendAsync(_system.Gateway, HttpMethod.Post, $"/api/conferences/{review.ConferenceId}/outcome", ConferenceSteps.ReviewOutcome(review.HeldOn.ToString("yyyy-MM-dd"), plan.Category,
            review.Continues ? null : new { reasonCode = "no-longer-at-risk", stepDownToFamilyHelp = review.StepDown, familyHelpLeadId = review.StepDown ? ConferenceSteps.FamilyHelpLead : null }),
            CohortGenerator.At(review.HeldOn, 14, 0));

    /// <summary>A read as the duty practitioner, at the real time (lists of records by child or referral do not depend on it).</summary>
    public async Task<JsonElement> GetAsync(string path, DateTimeOffset? now = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (now is { } n) request.Headers.Add(MacptSystem.TestNowHeader, n.ToString("O"));
        Interlocked.Increment(ref _requests);
        using var response = await _system.Gateway.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    /// <summary>A write at "now" <paramref name="now"/>, which must answer <paramref name="expected"/>: its answer.</summary>
    private async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string path, object body, DateTimeOffset now,
        HttpStatusCode expected = HttpStatusCode.OK, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: Macpt.ServiceDefaults.MacptJson.Options) };
        request.Headers.Add(MacptSystem.TestNowHeader, now.ToString("O"));
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        Interlocked.Increment(ref _requests);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path} at {now:O}: expected {(int)expected}, got {(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }
}
