using Macpt.WorkingDays;

namespace Macpt.EndToEnd.Tests.Cohort;

public sealed record ExpectedMeasure(string Code, int Numerator, int Denominator);

public sealed record ExpectedStep(DateOnly On, string Kind, DateOnly? Deadline, bool? Met)
{
    public override string ToString() => $"{On:yyyy-MM-dd} {Kind} deadline={Deadline?.ToString("yyyy-MM-dd") ?? "null"} met={Met?.ToString() ?? "null"}";
}

public sealed record ExpectedWork(string Kind, string LaChildId, DateOnly? DueBy, string? Agency)
{
    public override string ToString() => $"{Kind} {LaChildId} due {DueBy?.ToString("yyyy-MM-dd") ?? "none"}{(Agency is null ? "" : " " + Agency)}";
}

/// <summary>
/// What the reporting service should answer, computed from the generated cohort alone (never from the services'
/// code), by the definitions agreed in helpers/REPORTING-API.md: the timeliness measures of a period, a child's
/// timeline, and the open duties on a morning. Working days come from Macpt.WorkingDays' calendar.
/// </summary>
public static class CohortExpectations
{
    private static readonly WorkingDayCalendar Calendar = new();

    public static List<ExpectedMeasure> Timeliness(IReadOnlyList<CohortChild> cohort, DateOnly from, DateOnly to)
    {
        bool In(DateOnly d) => d >= from && d <= to;
        var referrals = cohort.SelectMany(c => c.Referrals).Where(r => In(r.ReceivedOn)).ToList();
        var enquiries = cohort.SelectMany(c => c.Referrals).Select(r => r.Discussion?.Enquiry).OfType<CohortEnquiry>().ToList();
        var icpcs = enquiries.Where(e => e.Conference is { } c && In(c.Date)).ToList();
        var plans = cohort.SelectMany(c => PlansOf(c).Select((p, i) => (Plan: p, Earlier: i))).ToList();
        var reviews = plans.SelectMany(p => p.Plan.Reviews).Where(r => In(r.HeldOn)).ToList();
        var ended = plans.Where(p => p.Plan.EndedOn is { } e && In(e)).ToList();
        var started = plans.Where(p => In(p.Plan.StartDate)).ToList();
        return
        [
            new("referrals-decided-within-1-working-day", referrals.Count(r => r.DecidedOn <= r.DecisionDueBy), referrals.Count),
            new("icpcs-within-15-working-days-of-strategy-discussion", icpcs.Count(e => e.Conference!.Date <= e.Target), icpcs.Count),
            new("icpcs-within-15-working-days-of-section-47-start", icpcs.Count(e => Calendar.WorkingDaysBetween(e.StartDate, e.Conference!.Date) <= 15), icpcs.Count),
            new("reviews-on-time", reviews.Count(r => r.HeldOn <= r.Due), reviews.Count),
            new("re-referrals-within-12-months", referrals.Count(r => r.IsReReferral), referrals.Count),
            new("plans-ended-lasting-2-years-or-more", ended.Count(p => p.Plan.EndedOn >= p.Plan.StartDate.AddYears(2)), ended.Count),
            new("second-or-subsequent-plans", started.Count(p => p.Earlier > 0), started.Count),
        ];
    }

    private static IEnumerable<CohortPlan> PlansOf(CohortChild child) =>
        child.Referrals.Select(r => r.Discussion?.Enquiry?.Conference?.Plan).OfType<CohortPlan>();

    /// <summary>
    /// The child's timeline, oldest first; steps on the same day sorted by kind (the API orders them by time and a kind
    /// order the test does not know, so a day's steps are compared as a set). <paramref name="consumerDay"/> is the day
    /// a consumer ran that stamps its own clock, not the event's (the pre-conference family network request).
    /// </summary>
    public static List<ExpectedStep> Timeline(CohortChild child, DateOnly consumerDay)
    {
        var steps = new List<ExpectedStep>();
        void Add(DateOnly on, string kind, DateOnly? deadline = null, bool? met = null) => steps.Add(new(on, kind, deadline, met));
        foreach (var r in child.Referrals)
        {
            var decidedInTime = r.DecidedOn <= r.DecisionDueBy;
            Add(r.ReceivedOn, "referral-received", r.DecisionDueBy, decidedInTime);
            Add(r.DecidedOn, "referral-decided", r.DecisionDueBy, decidedInTime);
            if (r.Decision == "family-help")
            {
                Add(r.DecidedOn, "stepped-down");
                Add(r.DecidedOn, "family-network-meeting-requested");
            }
            if (r.Discussion is not { } d) continue;
            Add(r.DecidedOn, "strategy-discussion-requested", d.DueBy, d.HeldOn <= d.DueBy);
            Add(d.HeldOn, "strategy-discussion-held", d.DueBy, d.HeldOn <= d.DueBy);
            if (d.Enquiry is not { } e) continue;
            var conference = e.Conference;
            // Met when the ICPC is held by the target; with no conference the duty fell away before it was due: no verdict.
            Add(e.StartDate, "section-47-started", e.Target, conference is null ? null : conference.Date <= e.Target);
            Add(e.StartDate, "family-network-meeting-requested");
            foreach (var check in e.Checks)
            {
                Add(check.RequestedOn, "agency-check-requested", check.DueOn, check.AnsweredOn <= check.DueOn);
                Add(check.AnsweredOn, "agency-check-answered", check.DueOn, check.AnsweredOn <= check.DueOn);
            }
            if (e.NetworkOffer is { } offer)
            {
                Add(offer.OfferedOn, "family-network-meeting-offered");
                Add(offer.AnsweredOn, "family-network-offer-answered");
            }
            if (e.Advocacy is { } advocacy)
            {
                Add(advocacy.OfferedOn, "advocacy-offered", advocacy.AnswerDueBy, advocacy.AnsweredOn <= advocacy.AnswerDueBy);
                Add(advocacy.AnsweredOn, "advocacy-offer-answered", advocacy.AnswerDueBy, advocacy.AnsweredOn <= advocacy.AnswerDueBy);
            }
            Add(e.CompletedOn, "section-47-completed");
            // The process ends: the open requests at the child protection stages close (a declined one is left as it is).
            var section47RequestOpen = e.NetworkOffer is not { Accepted: false };
            if (conference is null)
            {
                Add(e.CompletedOn, "stepped-down");
                if (section47RequestOpen) Add(e.CompletedOn, "family-network-request-closed");
                continue;
            }
            // The event says when the conference is, not when it was arranged: the step is on the conference date.
            Add(conference.Date, "initial-conference-scheduled", conference.Target, conference.Date <= conference.Target);
            Add(consumerDay, "family-network-meeting-requested");
            Add(conference.Date, "conference-held", conference.Target, conference.Date <= conference.Target);
            var closes = (section47RequestOpen ? 1 : 0) + 1;
            if (conference.Plan is not { } plan)
            {
                Add(conference.Date, "stepped-down");
                for (var i = 0; i < closes; i++) Add(conference.Date, "family-network-request-closed");
                continue;
            }
            Add(plan.StartDate, "plan-started");
            foreach (var meeting in plan.CoreGroups) Add(meeting.HeldOn, "core-group-held", meeting.DueBy, meeting.HeldOn <= meeting.DueBy);
            foreach (var review in plan.Reviews)
            {
                Add(review.HeldOn, "conference-held", review.Due, review.HeldOn <= review.Due);
                Add(review.HeldOn, "plan-reviewed", review.Due, review.HeldOn <= review.Due);
                if (review.Continues) continue;
                Add(review.HeldOn, "plan-ended");
                if (review.StepDown) Add(review.HeldOn, "stepped-down");
                for (var i = 0; i < closes; i++) Add(review.HeldOn, "family-network-request-closed");
            }
        }
        return Ordered(steps);
    }

    public static List<ExpectedStep> Ordered(IEnumerable<ExpectedStep> steps) =>
        steps.OrderBy(s => s.On).ThenBy(s => s.Kind, StringComparer.Ordinal).ThenBy(s => s.Deadline).ThenBy(s => s.Met).ToList();

    /// <summary>The Wednesday between September and mid-December with the most items overdue, due that day or that week.</summary>
    public static DateOnly BusiestWednesday(IReadOnlyList<CohortChild> cohort)
    {
        var wednesdays = Enumerable.Range(0, 16).Select(w => new DateOnly(2021, 9, 1).AddDays(7 * w));
        return wednesdays.OrderByDescending(d => WorkList(cohort, d, "overdue").Count + WorkList(cohort, d, "this-week").Count).ThenBy(d => d).First();
    }

    /// <summary>
    /// The open duties on the morning of <paramref name="morning"/> (before anything of that day happened) whose due
    /// date fits <paramref name="due"/> (overdue, today, this-week, or all), as REPORTING-API.md §3 defines them.
    /// </summary>
    public static List<ExpectedWork> WorkList(IReadOnlyList<CohortChild> cohort, DateOnly morning, string due)
    {
        var all = new List<ExpectedWork>();
        bool Open(DateOnly opened, DateOnly closed) => opened < morning && closed >= morning;
        foreach (var child in cohort)
        {
            void Add(string kind, DateOnly? dueBy, string? agency = null) => all.Add(new(kind, child.LaChildId, dueBy, agency));
            foreach (var r in child.Referrals)
            {
                if (Open(r.ReceivedOn, r.DecidedOn)) Add("referral-decision", r.DecisionDueBy);
                if (r.Discussion is not { } d) continue;
                if (Open(r.DecidedOn, d.HeldOn)) Add("strategy-discussion", d.DueBy);
                if (d.Enquiry is not { } e) continue;
                foreach (var check in e.Checks)
                {
                    var closed = check.AnsweredOn < e.CompletedOn ? check.AnsweredOn : e.CompletedOn;
                    if (Open(check.RequestedOn, closed)) Add("agency-check", check.DueOn, check.Agency);
                }
                if (e.Advocacy is { } advocacy && Open(advocacy.OfferedOn, advocacy.AnsweredOn)) Add("advocacy-offer", advocacy.AnswerDueBy);
                // A family network offer to one person is settled by the answer; no answer is due by a date.
                if (e.NetworkOffer is { } offer && Open(offer.OfferedOn, offer.AnsweredOn)) Add("family-network-offer", null);
                if (e.Conference is not { } c) continue;
                if (Open(e.CompletedOn, c.ArrangedOn)) Add("conference-to-arrange", e.Target);
                if (Open(c.ArrangedOn, c.Date)) Add("conference-to-hold", c.Target);
                if (c.Plan is not { } plan || plan.StartDate >= morning || plan.EndedOn < morning) continue;
                var lastMeeting = plan.CoreGroups.LastOrDefault(m => m.HeldOn < morning);
                Add("core-group", lastMeeting is null ? plan.FirstCoreGroupDue : lastMeeting.HeldOn.AddDays(42));
                var lastReview = plan.Reviews.LastOrDefault(v => v.HeldOn < morning);
                Add("review-conference", lastReview is null ? plan.StartDate.AddMonths(3) : lastReview.HeldOn.AddMonths(6));
            }
        }
        var sunday = morning.AddDays((7 - (int)morning.DayOfWeek) % 7);
        return Sorted(all.Where(w => due switch
        {
            "all" => true,
            "overdue" => w.DueBy < morning,
            "today" => w.DueBy == morning,
            "this-week" => w.DueBy >= morning && w.DueBy <= sunday,
            _ => throw new ArgumentOutOfRangeException(nameof(due)),
        }));
    }

    public static List<ExpectedWork> Sorted(IEnumerable<ExpectedWork> items) =>
        items.OrderBy(w => w.DueBy ?? DateOnly.MaxValue).ThenBy(w => w.Kind, StringComparer.Ordinal).ThenBy(w => w.LaChildId, StringComparer.Ordinal).ThenBy(w => w.Agency, StringComparer.Ordinal).ToList();
}
