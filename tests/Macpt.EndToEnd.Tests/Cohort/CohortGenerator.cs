using Bogus;
using Macpt.WorkingDays;

namespace Macpt.EndToEnd.Tests.Cohort;

/// <summary>
/// Generates a cohort of children over the census year 2021-22 (1 April 2021 to 31 March 2022, a year no other test
/// uses) from a fixed seed: each child's referrals and what followed, late or on time by chance. The dates follow the
/// statutory timescales with Macpt.WorkingDays' calendar (the calendar, not code under test); the chances are rough.
/// </summary>
public sealed class CohortGenerator(int seed, string runToken)
{
    public static readonly DateOnly YearStart = new(2021, 4, 1);
    public static readonly DateOnly YearEnd = new(2022, 3, 31);
    private static readonly string[] Categories = ["NEG", "PHY", "EMO", "SAB", "MUL"];
    private static readonly (string Sender, string Source)[] Senders =
        [("local-authority", "5A"), ("local-authority", "1A"), ("police", "6"), ("health", "3A"), ("education", "2A")];

    private readonly WorkingDayCalendar _calendar = new();
    private readonly Randomizer _random = new(seed);

    public List<CohortChild> Generate(int children)
    {
        var faker = new Faker("en_GB") { Random = _random };
        var cohort = new List<CohortChild>();
        for (var i = 0; i < children; i++)
        {
            var child = new CohortChild
            {
                // Letters and digits, at most 20 (census LAchildID): unique to this run.
                LaChildId = $"K{runToken}{i:D3}",
                FirstName = faker.Name.FirstName(),
                DateOfBirth = DateOnly.FromDateTime(faker.Date.Between(new DateTime(2006, 1, 1), new DateTime(2020, 12, 31))),
                Sex = _random.ArrayElement(new[] { "M", "F" }),
            };
            var from = WorkingDayOnOrAfter(YearStart.AddDays(_random.Int(3, 330)));
            DateOnly? previousReceipt = null;
            while (child.Referrals.Count < 3)
            {
                var (referral, endedOn) = Referral(from, previousReceipt);
                child.Referrals.Add(referral);
                previousReceipt = referral.ReceivedOn;
                // Some children are referred again after the process ended: a re-referral within 12 months.
                if (endedOn is not { } ended || !_random.Bool(0.4f)) break;
                from = WorkingDayOnOrAfter(ended.AddDays(_random.Int(10, 60)));
                if (from > new DateOnly(2022, 2, 20)) break;
            }
            // A parent registered in one episode is offered an advocate again when a later one starts, stamped with the
            // advocacy service's own clock (the real date, not the drive's): advocacy only in a child's last enquiry.
            var enquiries = child.Referrals.Select(r => r.Discussion?.Enquiry).OfType<CohortEnquiry>().ToList();
            foreach (var earlier in enquiries.SkipLast(1)) earlier.Advocacy = null;
            cohort.Add(child);
        }
        return cohort;
    }

    /// <summary>One referral from <paramref name="receivedOn"/>, and the day its process ended (null while it runs past the year).</summary>
    private (CohortReferral Referral, DateOnly? EndedOn) Referral(DateOnly receivedOn, DateOnly? previousReceipt)
    {
        var (sender, source) = _random.ArrayElement(Senders);
        // A partner's portal may refer at a weekend: the decision is still due one working day on.
        if (sender != "local-authority" && _random.Bool(0.15f)) receivedOn = receivedOn.AddDays(((int)DayOfWeek.Saturday - (int)receivedOn.DayOfWeek + 7) % 7);
        var receivedAt = At(receivedOn, 8, _random.Int(0, 239));
        var due = _calendar.AddWorkingDays(receivedOn, 1);
        var decidedOn = _random.Bool(0.8f)
            ? (_calendar.IsWorkingDay(receivedOn) && _random.Bool() ? receivedOn : due)
            : _calendar.AddWorkingDays(due, _random.Int(1, 3));
        var decision = _random.WeightedRandom(["no-further-action", "family-help", "strategy-discussion"], [0.25f, 0.15f, 0.6f]);
        DateOnly? endedOn = decidedOn;
        var discussion = decision == "strategy-discussion" ? Discussion(decidedOn, out endedOn) : null;
        return (new CohortReferral
        {
            Sender = sender,
            ReferralSource = source,
            ReceivedAt = receivedAt,
            DecisionDueBy = due,
            DecidedAt = At(decidedOn, 13, _random.Int(0, 59)),
            Decision = decision,
            IsReReferral = previousReceipt is { } p && p.AddMonths(12) >= receivedOn,
            Discussion = discussion,
        }, endedOn);
    }

    private CohortDiscussion Discussion(DateOnly decidedOn, out DateOnly? endedOn)
    {
        var due = _calendar.AddWorkingDays(decidedOn, 1);
        var heldOn = _random.Bool(0.8f) ? (_random.Bool() ? decidedOn : due) : _calendar.AddWorkingDays(due, _random.Int(1, 3));
        var met = _random.Bool(0.8f);
        endedOn = heldOn;
        return new CohortDiscussion { DueBy = due, HeldOn = heldOn, ThresholdMet = met, Enquiry = met ? Enquiry(heldOn, out endedOn) : null };
    }

    private CohortEnquiry Enquiry(DateOnly start, out DateOnly? endedOn)
    {
        var target = _calendar.AddWorkingDays(start, 15);
        var completedOn = _calendar.AddWorkingDays(start, _random.Int(6, 9));
        var conferenceRequired = _random.Bool(0.65f);
        CohortNetworkOffer? network = null;
        if (_random.Bool(0.4f))
        {
            var offeredOn = _calendar.AddWorkingDays(start, _random.Int(1, 2));
            network = new CohortNetworkOffer { OfferedOn = offeredOn, AnsweredOn = _calendar.AddWorkingDays(offeredOn, _random.Int(0, 2)), Accepted = _random.Bool(0.6f) };
        }
        CohortAdvocacy? advocacy = null;
        if (_random.Bool(0.35f))
        {
            var offeredOn = _calendar.AddWorkingDays(start, 1);
            // The advocacy service chases an offer unanswered 2 working days after it was made.
            var answerDue = _calendar.AddWorkingDays(offeredOn, 2);
            advocacy = new CohortAdvocacy
            {
                OfferedOn = offeredOn,
                AnswerDueBy = answerDue,
                AnsweredOn = _random.Bool(0.7f) ? _calendar.AddWorkingDays(offeredOn, _random.Int(0, 2)) : _calendar.AddWorkingDays(answerDue, _random.Int(1, 2)),
                Accepted = _random.Bool(0.6f),
            };
        }
        endedOn = completedOn;
        var conference = conferenceRequired ? Conference(completedOn, target, out endedOn) : null;
        var enquiry = new CohortEnquiry
        {
            StartDate = start,
            Target = target,
            CompletedOn = completedOn,
            ConferenceRequired = conferenceRequired,
            NetworkOffer = network,
            Advocacy = advocacy,
            Conference = conference,
        };
        foreach (var (agency, service, chance) in new[] { ("police", (string?)null, 0.6f), ("health", "gp", 0.5f) })
        {
            if (!_random.Bool(chance)) continue;
            var dueOn = _calendar.AddWorkingDays(start, 3);
            enquiry.Checks.Add(new CohortCheck
            {
                Agency = agency,
                Service = service,
                RequestedOn = start,
                DueOn = dueOn,
                AnsweredOn = _random.Bool(0.75f) ? _calendar.AddWorkingDays(start, _random.Int(1, 3)) : _calendar.AddWorkingDays(dueOn, _random.Int(1, 2)),
            });
        }
        return enquiry;
    }

    private CohortConference Conference(DateOnly completedOn, DateOnly target, out DateOnly? endedOn)
    {
        var date = _random.Bool(0.8f)
            ? _calendar.AddWorkingDays(completedOn, _random.Int(1, _calendar.WorkingDaysBetween(completedOn, target)))
            : _calendar.AddWorkingDays(target, _random.Int(1, 4));
        endedOn = date;
        var plan = _random.Bool(0.8f) ? Plan(date, out endedOn) : null;
        return new CohortConference { ArrangedOn = completedOn, Date = date, Target = target, Plan = plan };
    }

    private CohortPlan Plan(DateOnly start, out DateOnly? endedOn)
    {
        var firstReview = start.AddMonths(3);
        var plan = new CohortPlan
        {
            Category = _random.ArrayElement(Categories),
            StartDate = start,
            FirstCoreGroupDue = _calendar.AddWorkingDays(start, 10),
            FirstReviewOn = WorkingDayOnOrBefore(firstReview),
        };
        // Reviews: on time (on or before the due date) or late, each continuing the plan or ending it.
        var due = firstReview;
        endedOn = null;
        while (true)
        {
            var held = _random.Bool(0.75f)
                ? SubtractWorkingDays(WorkingDayOnOrBefore(due), _random.Int(0, 5))
                : _calendar.AddWorkingDays(WorkingDayOnOrAfter(due.AddDays(1)), _random.Int(0, 5));
            if (held > YearEnd) break;
            var continues = _random.Bool(0.55f);
            plan.Reviews.Add(new CohortReview { Due = due, ArrangedOn = held.AddDays(-7), HeldOn = held, Continues = continues, StepDown = !continues && _random.Bool() });
            if (!continues) { endedOn = held; break; }
            due = held.AddMonths(6);
        }
        // Core groups: the first within 10 working days, then every 6 weeks, on time or late, while the plan runs.
        var coreGroupDue = plan.FirstCoreGroupDue;
        var last = start;
        while (true)
        {
            var held = _random.Bool(0.8f)
                ? (coreGroupDue == plan.FirstCoreGroupDue ? _calendar.AddWorkingDays(start, _random.Int(3, 10)) : SubtractWorkingDays(WorkingDayOnOrBefore(coreGroupDue), _random.Int(0, 4)))
                : _calendar.AddWorkingDays(WorkingDayOnOrAfter(coreGroupDue.AddDays(1)), _random.Int(0, 4));
            if (held <= last || held > YearEnd || (plan.EndedOn is { } end && held >= end) || plan.Reviews.Any(r => r.HeldOn == held)) break;
            plan.CoreGroups.Add(new CohortCoreGroup(coreGroupDue, held));
            last = held;
            coreGroupDue = held.AddDays(42);
        }
        return plan;
    }

    /// <summary>A moment on a London date: mornings and afternoons are the same date in UTC, in winter and summer.</summary>
    public static DateTimeOffset At(DateOnly day, int hourUtc, int minutes) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hourUtc, 0)), TimeSpan.Zero).AddMinutes(minutes);

    private DateOnly WorkingDayOnOrAfter(DateOnly day)
    {
        while (!_calendar.IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }

    private DateOnly WorkingDayOnOrBefore(DateOnly day)
    {
        while (!_calendar.IsWorkingDay(day)) day = day.AddDays(-1);
        return day;
    }

    private DateOnly SubtractWorkingDays(DateOnly day, int n)
    {
        for (var i = 0; i < n; i++)
        {
            day = day.AddDays(-1);
            while (!_calendar.IsWorkingDay(day)) day = day.AddDays(-1);
        }
        return day;
    }
}
