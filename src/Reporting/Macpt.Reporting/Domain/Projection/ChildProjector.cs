using System.Text.Json;
using Macpt.Contracts;
using Macpt.Contracts.Advocacy;
using Macpt.Contracts.Conferences;
using Macpt.Contracts.Enquiries;
using Macpt.Contracts.Escalations;
using Macpt.Contracts.FamilyHelp;
using Macpt.Contracts.FamilyNetworks;
using Macpt.Contracts.Referrals;
using Macpt.Reporting.Domain.Timescales;
using Macpt.WorkingDays;

namespace Macpt.Reporting.Domain.Projection;

/// <summary>
/// Projects one child's events, from scratch, into the child's timeline, work items and timeliness facts. The events
/// are applied in an order worked out from their content (the date each records, then the fixed order of kinds, then
/// the body), never from when they arrived, so any arrival order (and any replay) projects the same rows; a duty's
/// closing event met before its opening one still closes it (<see cref="Duty"/>). Deadlines an event does not carry
/// (older publishers) come from the deadline its opening event set, or else from <see cref="StatutoryDeadlines"/>.
/// </summary>
public sealed class ChildProjector(WorkingDayCalendar calendar)
{
    /// <summary>The child's projection. The same fact published twice (a replay under a new message id) counts once.</summary>
    public ChildProjection Project(string laChildId, IEnumerable<object> events) =>
        new Run(calendar, laChildId, [.. events.DistinctBy(e => e.GetType().FullName + Run.Body(e), StringComparer.Ordinal)]).Project();

    private sealed class Run(WorkingDayCalendar calendar, string child, List<object> events)
    {
        private readonly Dictionary<string, Duty> _duties = new(StringComparer.Ordinal);
        private readonly List<StepDraft> _steps = [];
        private readonly Dictionary<Guid, ReferralFact> _referrals = [];
        private readonly Dictionary<Guid, InitialConferenceFact> _conferences = [];
        private readonly Dictionary<Guid, ReviewFact> _reviews = [];
        private readonly Dictionary<Guid, PlanFact> _plans = [];
        private readonly Dictionary<Guid, ReferralReceived> _received = [];
        private readonly Dictionary<Guid, Section47EnquiryStarted> _enquiries = [];
        private readonly Dictionary<Guid, Section47EnquiryCompleted> _completed = [];
        private readonly Dictionary<Guid, InitialConferenceScheduled> _scheduled = [];
        private readonly Dictionary<Guid, ChildProtectionPlanStarted> _planStarts = [];
        private readonly Dictionary<Guid, ProfessionalDisagreementRaised> _disagreements = [];
        private readonly Dictionary<Guid, List<Guid>> _checksByEnquiry = [];
        private readonly Dictionary<Guid, List<Guid>> _offersByRequest = [];
        private readonly Dictionary<Guid, List<Guid>> _advocacyByParent = [];
        private readonly Dictionary<Guid, PreProceedingsRecorded> _preProceedings = [];
        private readonly Dictionary<Guid, int> _rolling = [];
        private UnbornChildBorn? _birth;

        public ChildProjection Project()
        {
            Index();
            foreach (var message in events.OrderBy(DateOf).ThenBy(e => StepKinds.OrderOf(KindOf(e))).ThenBy(Body, StringComparer.Ordinal)) Apply(message);
            foreach (var pp in _preProceedings.Values) AddPreProceedings(pp);
            MarkEarlierPlans();
            var steps = _steps.GroupBy(s => s.Kind + ":" + s.KeyId, StringComparer.Ordinal).Select(g => Finish(g.Last())).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
            var items = _duties.Values.Where(d => d.Listed && d.OpenedOn is not null).Select(ItemOf).OrderBy(i => i.Key, StringComparer.Ordinal).ToList();
            return new ChildProjection(steps, items, [.. _referrals.Values.OrderBy(r => r.ReferralId)], [.. _conferences.Values.OrderBy(c => c.ConferenceId)],
                [.. _reviews.Values.OrderBy(r => r.ConferenceId)], [.. _plans.Values.OrderBy(p => p.PlanId)]);
        }

        /// <summary>What any event may need to know of another, whatever their order: the records that link them.</summary>
        private void Index()
        {
            foreach (var message in events)
            {
                switch (message)
                {
                    case ReferralReceived r: _received[r.ReferralId] = r; break;
                    case Section47EnquiryStarted s: _enquiries[s.EnquiryId] = s; break;
                    case Section47EnquiryCompleted c: _completed[c.EnquiryId] = c; break;
                    case InitialConferenceScheduled s: _scheduled[s.ConferenceId] = s; break;
                    case ChildProtectionPlanStarted p: _planStarts[p.PlanId] = p; break;
                    case ProfessionalDisagreementRaised d: _disagreements[d.DisagreementId] = d; break;
                    case UnbornChildBorn b: _birth = b; break;
                    case PreProceedingsRecorded p when !_preProceedings.TryGetValue(p.PreProceedingsId, out var known) || Progress(p) > Progress(known)
                        || (Progress(p) == Progress(known) && string.CompareOrdinal(Body(p), Body(known)) > 0):
                        _preProceedings[p.PreProceedingsId] = p; break;
                }
            }
        }

        private void Apply(object message)
        {
            switch (message)
            {
                case ReferralReceived r: ApplyReceived(r); break;
                case ReferralDecided d: ApplyDecided(d); break;
                case ConsultationRequested c:
                    Step(StepKinds.ConsultationRequested, c.ConsultationId, London(c.RequestedAt), c.RequestedAt, ServiceNames.Referrals, c.ConsultationId, null,
                        Details.Of(("agency", c.Agency)), [c.Agency]);
                    break;
                case ConsultationAnswered c:
                    Step(StepKinds.ConsultationAnswered, c.ConsultationId, London(c.AnsweredAt), c.AnsweredAt, ServiceNames.Referrals, c.ConsultationId, c.ReferralId,
                        Details.Of(("agency", c.Agency), ("referralId", c.ReferralId)), [c.Agency]);
                    break;
                case StrategyDiscussionRequested s: ApplyDiscussionRequested(s); break;
                case StrategyDiscussionHeld h: ApplyDiscussionHeld(h); break;
                case Section47EnquiryStarted s: ApplyEnquiryStarted(s); break;
                case AgencyCheckRequested a: ApplyCheckRequested(a); break;
                case AgencyCheckAnswered a: ApplyCheckAnswered(a); break;
                case Section47EnquiryCompleted c: ApplyEnquiryCompleted(c); break;
                case InitialConferenceScheduled s: ApplyConferenceScheduled(s); break;
                case ConferenceHeld h: ApplyConferenceHeld(h); break;
                case ChildProtectionPlanStarted p: ApplyPlanStarted(p); break;
                case CoreGroupHeld g: ApplyCoreGroupHeld(g); break;
                case ChildProtectionPlanReviewed r: ApplyPlanReviewed(r); break;
                case ReviewConferenceBroughtForward b: ApplyBroughtForward(b); break;
                case ChildProtectionPlanEnded e: ApplyPlanEnded(e); break;
                case UnbornChildBorn b:
                    Step(StepKinds.ChildBorn, NameGuid(StepKinds.ChildBorn + b.UnbornLaChildId), b.DateOfBirth, null, ServiceNames.Conferences, NameGuid(StepKinds.ChildBorn + b.UnbornLaChildId), null,
                        Details.Of(("unbornLaChildId", b.UnbornLaChildId), ("laChildId", b.LaChildId)), []);
                    break;
                case FamilyNetworkMeetingRequested r:
                    Step(StepKinds.FamilyNetworkMeetingRequested, r.RequestId, London(r.RequestedAt), r.RequestedAt, ServiceNames.FamilyNetworks, r.RequestId, r.ReferralId,
                        Details.Of(("stage", r.Stage)), []);
                    break;
                case FamilyNetworkMeetingOffered o: ApplyNetworkOffered(o); break;
                case FamilyNetworkMeetingOfferAnswered a: ApplyNetworkOfferAnswered(a); break;
                case FamilyNetworkMeetingHeld h:
                    Step(StepKinds.FamilyNetworkMeetingHeld, h.MeetingId, h.HeldOn, null, ServiceNames.FamilyNetworks, h.MeetingId, h.ReferralId,
                        Details.Of(("networkMembersPresent", h.NetworkMembersPresent), ("childTookPart", h.ChildTookPart), ("requestId", h.RequestId)), []);
                    break;
                case FamilyPlanAgreed p:
                    Step(StepKinds.FamilyPlanAgreed, p.FamilyPlanId, p.AgreedOn, null, ServiceNames.FamilyNetworks, p.FamilyPlanId, p.ReferralId,
                        Details.Of(("version", p.Version), ("safeguards", p.Safeguards), ("localAuthorityAgrees", p.LocalAuthorityAgrees), ("reviewDue", p.ReviewDue)), [],
                        keySuffix: ":" + p.Version);
                    break;
                case FamilyNetworkMeetingRequestClosed c: ApplyRequestClosed(c); break;
                case PreProceedingsRecorded: break; // one step per pre-proceedings, its latest statement (Project)
                case AdvocacyOffered o: ApplyAdvocacyOffered(o); break;
                case AdvocacyOfferAnswered a: ApplyAdvocacyAnswered(a); break;
                case AdvocateAllocated a:
                    Step(StepKinds.AdvocateAllocated, a.AllocationId, London(a.AllocatedAt), a.AllocatedAt, ServiceNames.Advocacy, a.AllocationId, a.ReferralId,
                        Details.Of(("offerId", a.OfferId)), []);
                    break;
                case AdvocacyEnded e: ApplyAdvocacyEnded(e); break;
                case ProfessionalDisagreementRaised r: ApplyDisagreementRaised(r); break;
                case ProfessionalDisagreementEscalated e: ApplyDisagreementEscalated(e); break;
                case ProfessionalDisagreementResolved r: ApplyDisagreementResolved(r); break;
                case SteppedDownToFamilyHelp s:
                    Step(StepKinds.SteppedDown, s.SourceId, s.HandoverDate, null, StepDownService(s.Exit), s.SourceId, s.ReferralId,
                        Details.Of(("exit", s.Exit)), [Agencies.FamilyHelp], keySuffix: ":" + s.Exit);
                    break;
            }
        }

        // --- referrals -------------------------------------------------------------------------------------------

        private void ApplyReceived(ReferralReceived r)
        {
            var on = London(r.ReceivedAt);
            var duty = DutyFor(WorkKinds.ReferralDecision, r.ReferralId, r.ReferralId, r.ReferralId, ServiceNames.Referrals).Open(on, r.DecisionDueBy);
            Step(StepKinds.ReferralReceived, r.ReferralId, on, r.ReceivedAt, ServiceNames.Referrals, r.ReferralId, r.ReferralId,
                Details.Of(("referralSource", r.ReferralSource), ("reReferral", r.IsReReferral), ("unborn", r.IsUnborn ? true : null), ("householdId", r.HouseholdId)),
                [r.ReferrerAgency], StepRole.Starts, duty, r.DecisionDueBy);
            var fact = Referral(r.ReferralId);
            fact.ReceivedOn = on;
            fact.DecisionDueBy = r.DecisionDueBy;
            fact.IsReReferral = r.IsReReferral;
        }

        private void ApplyDecided(ReferralDecided d)
        {
            var decidedOn = London(d.DecidedAt);
            var receivedOn = London(d.ReceivedAt);
            var duty = DutyFor(WorkKinds.ReferralDecision, d.ReferralId, d.ReferralId, d.ReferralId, ServiceNames.Referrals);
            if (duty.OpenedOn is null) duty.Open(receivedOn, StatutoryDeadlines.ReferralDecision(calendar, receivedOn));
            var deadline = duty.DueBy;
            duty.Close(decidedOn, discharged: true);
            Step(StepKinds.ReferralDecided, d.ReferralId, decidedOn, d.DecidedAt, ServiceNames.Referrals, d.ReferralId, d.ReferralId,
                Details.Of(("decision", d.Decision)), [_received.GetValueOrDefault(d.ReferralId)?.ReferrerAgency], StepRole.Discharges, duty, deadline);
            var fact = Referral(d.ReferralId);
            fact.ReceivedOn ??= receivedOn;
            fact.DecisionDueBy ??= deadline;
            fact.DecidedOn = decidedOn;
        }

        // --- enquiries -------------------------------------------------------------------------------------------

        private void ApplyDiscussionRequested(StrategyDiscussionRequested s)
        {
            var duty = DutyFor(WorkKinds.StrategyDiscussion, s.StrategyDiscussionId, s.StrategyDiscussionId, s.ReferralId, ServiceNames.Enquiries)
                .Open(London(s.RequestedAt), s.DueBy);
            duty.Details["urgency"] = s.Urgency;
            Step(StepKinds.StrategyDiscussionRequested, s.StrategyDiscussionId, London(s.RequestedAt), s.RequestedAt, ServiceNames.Enquiries, s.StrategyDiscussionId, s.ReferralId,
                Details.Of(("urgency", s.Urgency)), [], StepRole.Starts, duty, s.DueBy);
        }

        private void ApplyDiscussionHeld(StrategyDiscussionHeld h)
        {
            var duty = DutyFor(WorkKinds.StrategyDiscussion, h.StrategyDiscussionId, h.StrategyDiscussionId, h.ReferralId, ServiceNames.Enquiries);
            var deadline = h.DueBy ?? duty.DueBy;
            duty.Close(h.HeldOn, discharged: true);
            Step(StepKinds.StrategyDiscussionHeld, h.StrategyDiscussionId, h.HeldOn, null, ServiceNames.Enquiries, h.StrategyDiscussionId, h.ReferralId,
                Details.Of(("thresholdMet", h.Section47ThresholdMet), ("outOfHours", h.OutOfHours), ("familyNetworkMeetingRecommended", h.FamilyNetworkMeetingRecommended ? true : null)),
                h.Agencies ?? [], StepRole.Discharges, duty, deadline);
        }

        private void ApplyEnquiryStarted(Section47EnquiryStarted s)
        {
            // The ICPC itself, due 15 working days from the strategy discussion (T4): not a work item (the conference
            // to arrange and to hold are), but what tells whether this step's deadline was met.
            var icpc = DutyFor("icpc", s.EnquiryId, s.EnquiryId, s.ReferralId, ServiceNames.Conferences, listed: false).Open(s.StartDate, s.InitialConferenceTargetDate);
            Step(StepKinds.Section47Started, s.EnquiryId, s.StartDate, null, ServiceNames.Enquiries, s.EnquiryId, s.ReferralId,
                Details.Of(("strategyDiscussionId", s.StrategyDiscussionId)), [], StepRole.Starts, icpc, s.InitialConferenceTargetDate);
        }

        private void ApplyCheckRequested(AgencyCheckRequested a)
        {
            var duty = DutyFor(WorkKinds.AgencyCheck, a.CheckId, a.CheckId, a.ReferralId, ServiceNames.Enquiries).Open(a.RequestedOn, a.DueOn);
            duty.Agency = a.Agency;
            duty.Agencies = [a.Agency];
            duty.Details["enquiryId"] = a.EnquiryId;
            if (a.HealthService is not null) duty.Details["healthService"] = a.HealthService;
            Remember(_checksByEnquiry, a.EnquiryId, a.CheckId);
            if (_completed.TryGetValue(a.EnquiryId, out var completed) && completed.CompletedOn < a.RequestedOn) duty.Close(completed.CompletedOn, discharged: false);
            Step(StepKinds.AgencyCheckRequested, a.CheckId, a.RequestedOn, null, ServiceNames.Enquiries, a.CheckId, a.ReferralId,
                Details.Of(("agency", a.Agency), ("healthService", a.HealthService)), [a.Agency], StepRole.Starts, duty, a.DueOn);
        }

        private void ApplyCheckAnswered(AgencyCheckAnswered a)
        {
            var on = London(a.AnsweredAt);
            var duty = DutyFor(WorkKinds.AgencyCheck, a.CheckId, a.CheckId, a.ReferralId, ServiceNames.Enquiries);
            var deadline = duty.DueBy;
            duty.Close(on, discharged: true);
            Step(StepKinds.AgencyCheckAnswered, a.CheckId, on, a.AnsweredAt, ServiceNames.Enquiries, a.CheckId, a.ReferralId,
                Details.Of(("agency", a.Agency), ("answeredLate", a.AnsweredLate)), [a.Agency], StepRole.Discharges, duty, deadline);
        }

        private void ApplyEnquiryCompleted(Section47EnquiryCompleted c)
        {
            foreach (var check in _checksByEnquiry.GetValueOrDefault(c.EnquiryId) ?? []) _duties[Key(WorkKinds.AgencyCheck, check)].Close(c.CompletedOn, discharged: false);
            var icpc = DutyFor("icpc", c.EnquiryId, c.EnquiryId, c.ReferralId, ServiceNames.Conferences, listed: false);
            if (!c.ConferenceRequired) icpc.Close(c.CompletedOn, discharged: false);
            else
            {
                var target = c.InitialConferenceTargetDate ?? _enquiries.GetValueOrDefault(c.EnquiryId)?.InitialConferenceTargetDate;
                DutyFor(WorkKinds.ConferenceToArrange, c.EnquiryId, c.EnquiryId, c.ReferralId, ServiceNames.Conferences).Open(c.CompletedOn, target);
            }
            Step(StepKinds.Section47Completed, c.EnquiryId, c.CompletedOn, null, ServiceNames.Enquiries, c.EnquiryId, c.ReferralId,
                Details.Of(("outcome", c.Outcome), ("conferenceRequired", c.ConferenceRequired)), []);
        }

        // --- conferences and plans -------------------------------------------------------------------------------

        private void ApplyConferenceScheduled(InitialConferenceScheduled s)
        {
            if (s.EnquiryId is { } enquiry && _duties.TryGetValue(Key(WorkKinds.ConferenceToArrange, enquiry), out var arrange)) arrange.Close(s.ScheduledFor, discharged: true);
            var hold = DutyFor(WorkKinds.ConferenceToHold, s.ConferenceId, s.ConferenceId, s.ReferralId, ServiceNames.Conferences).Open(s.ScheduledFor, s.TargetDate);
            hold.Details["scheduledFor"] = s.ScheduledFor;
            hold.Details["preBirth"] = s.PreBirth;
            Step(StepKinds.InitialConferenceScheduled, s.ConferenceId, s.ScheduledFor, null, ServiceNames.Conferences, s.ConferenceId, s.ReferralId,
                Details.Of(("scheduledFor", s.ScheduledFor), ("preBirth", s.PreBirth), ("late", s.Late)), [], StepRole.Starts, hold, s.TargetDate);
        }

        private void ApplyConferenceHeld(ConferenceHeld h)
        {
            var details = Details.Of(("kind", h.Kind), ("planRequired", h.PlanRequired), ("preBirth", h.PreBirth ? true : null), ("planId", h.PlanId));
            if (h.Kind != ConferenceKinds.Initial)
            {
                Step(StepKinds.ConferenceHeld, h.ConferenceId, h.HeldOn, null, ServiceNames.Conferences, h.ConferenceId, h.ReferralId, details, h.Agencies ?? [],
                    h.TargetDate is null ? StepRole.NoClock : StepRole.Discharges, null, h.TargetDate);
                return;
            }
            var hold = DutyFor(WorkKinds.ConferenceToHold, h.ConferenceId, h.ConferenceId, h.ReferralId, ServiceNames.Conferences);
            var scheduled = _scheduled.GetValueOrDefault(h.ConferenceId);
            var enquiry = scheduled?.EnquiryId is { } id ? _enquiries.GetValueOrDefault(id) : null;
            var deadline = h.TargetDate ?? hold.DueBy ?? enquiry?.InitialConferenceTargetDate;
            hold.Close(h.HeldOn, discharged: true);
            if (scheduled?.EnquiryId is { } enquiryId) DutyFor("icpc", enquiryId, enquiryId, h.ReferralId, ServiceNames.Conferences, listed: false).Close(h.HeldOn, discharged: true);
            _conferences[h.ConferenceId] = new InitialConferenceFact
            {
                LaChildId = child,
                ConferenceId = h.ConferenceId,
                HeldOn = h.HeldOn,
                EnquiryId = scheduled?.EnquiryId,
                Section47StartedOn = enquiry?.StartDate,
                TargetDate = enquiry?.InitialConferenceTargetDate,
            };
            Step(StepKinds.ConferenceHeld, h.ConferenceId, h.HeldOn, null, ServiceNames.Conferences, h.ConferenceId, h.ReferralId, details, h.Agencies ?? [],
                deadline is null ? StepRole.NoClock : StepRole.Discharges, hold, deadline);
        }

        private void ApplyPlanStarted(ChildProtectionPlanStarted p)
        {
            Rolling(WorkKinds.CoreGroup, p.PlanId, p.ReferralId, p.StartDate, p.FirstCoreGroupDue ?? StatutoryDeadlines.FirstCoreGroup(calendar, p.StartDate));
            Rolling(WorkKinds.ReviewConference, p.PlanId, p.ReferralId, p.StartDate, p.FirstReviewDue ?? StatutoryDeadlines.FirstReview(calendar, p.StartDate));
            var plan = Plan(p.PlanId);
            plan.StartDate = p.StartDate;
            plan.PreviousPlans = p.NumberOfPreviousPlans;
            Step(StepKinds.PlanStarted, p.PlanId, p.StartDate, null, ServiceNames.Conferences, p.PlanId, p.ReferralId,
                Details.Of(("category", p.CategoryOfAbuse), ("previousPlans", p.NumberOfPreviousPlans)), PlanAgencies(p.PlanId));
        }

        private void ApplyCoreGroupHeld(CoreGroupHeld g)
        {
            var current = Current(WorkKinds.CoreGroup, g.PlanId);
            var deadline = g.DueBy ?? current?.DueBy;
            current?.Close(g.HeldOn, discharged: true);
            if (g.NextDueBy is { } next && !PlanHasEnded(g.PlanId, g.HeldOn)) Rolling(WorkKinds.CoreGroup, g.PlanId, g.ReferralId, g.HeldOn, next);
            Step(StepKinds.CoreGroupHeld, g.MeetingId, g.HeldOn, null, ServiceNames.Conferences, g.MeetingId, g.ReferralId,
                Details.Of(("planId", g.PlanId), ("nextDueBy", g.NextDueBy)), [.. PlanAgencies(g.PlanId), .. g.Agencies],
                deadline is null ? StepRole.NoClock : StepRole.Discharges, current, deadline);
        }

        private void ApplyPlanReviewed(ChildProtectionPlanReviewed r)
        {
            var current = Current(WorkKinds.ReviewConference, r.PlanId);
            var deadline = r.ReviewDue ?? current?.DueBy;
            current?.Close(r.ReviewedOn, discharged: true);
            if (r.PlanContinues && !PlanHasEnded(r.PlanId, r.ReviewedOn))
            {
                Rolling(WorkKinds.ReviewConference, r.PlanId, r.ReferralId, r.ReviewedOn, r.NextReviewDue ?? StatutoryDeadlines.NextReview(calendar, r.ReviewedOn));
            }
            _reviews[r.ConferenceId] = new ReviewFact { LaChildId = child, ConferenceId = r.ConferenceId, PlanId = r.PlanId, ReviewedOn = r.ReviewedOn, DueOn = deadline };
            Step(StepKinds.PlanReviewed, r.ConferenceId, r.ReviewedOn, null, ServiceNames.Conferences, r.ConferenceId, r.ReferralId,
                Details.Of(("planContinues", r.PlanContinues), ("category", r.LatestCategoryOfAbuse), ("planId", r.PlanId), ("nextReviewDue", r.NextReviewDue)),
                PlanAgencies(r.PlanId), deadline is null ? StepRole.NoClock : StepRole.Discharges, current, deadline);
        }

        private void ApplyBroughtForward(ReviewConferenceBroughtForward b)
        {
            if (Current(WorkKinds.ReviewConference, b.PlanId) is { } review) review.DueBy = b.TargetDate;
            if (b.EnquiryId is { } enquiry)
            {
                // New concerns while on a plan: the review conference replaces the initial conference (no ICPC follows).
                if (_duties.TryGetValue(Key(WorkKinds.ConferenceToArrange, enquiry), out var arrange)) arrange.Close(BroughtForwardOn(b), discharged: true);
                if (_duties.TryGetValue(Key("icpc", enquiry), out var icpc)) icpc.Close(BroughtForwardOn(b), discharged: false);
            }
            Step(StepKinds.ReviewBroughtForward, b.ConferenceId, BroughtForwardOn(b), null, ServiceNames.Conferences, b.ConferenceId, b.ReferralId,
                Details.Of(("reason", b.ReasonCode), ("previousTargetDate", b.PreviousTargetDate), ("targetDate", b.TargetDate), ("planId", b.PlanId), ("enquiryId", b.EnquiryId)),
                PlanAgencies(b.PlanId), keySuffix: ":" + b.TargetDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        private void ApplyPlanEnded(ChildProtectionPlanEnded e)
        {
            Current(WorkKinds.CoreGroup, e.PlanId)?.Close(e.EndDate, discharged: false);
            Current(WorkKinds.ReviewConference, e.PlanId)?.Close(e.EndDate, discharged: false);
            var plan = Plan(e.PlanId);
            plan.EndDate = e.EndDate;
            plan.StartDate ??= e.StartDate;
            Step(StepKinds.PlanEnded, e.PlanId, e.EndDate, null, ServiceNames.Conferences, e.PlanId, e.ReferralId,
                Details.Of(("reason", e.EndReasonCode)), PlanAgencies(e.PlanId));
        }

        // --- family networks -------------------------------------------------------------------------------------

        private void ApplyNetworkOffered(FamilyNetworkMeetingOffered o)
        {
            var duty = DutyFor(WorkKinds.FamilyNetworkOffer, o.OfferId, o.OfferId, o.ReferralId, ServiceNames.FamilyNetworks).Open(o.OfferedOn, o.AnswerDueBy);
            duty.Details["peopleOffered"] = o.PeopleOffered;
            duty.Details["requestId"] = o.RequestId;
            Remember(_offersByRequest, o.RequestId, o.OfferId);
            Step(StepKinds.FamilyNetworkMeetingOffered, o.OfferId, o.OfferedOn, null, ServiceNames.FamilyNetworks, o.OfferId, o.ReferralId,
                Details.Of(("peopleOffered", o.PeopleOffered), ("requestId", o.RequestId)), [], o.AnswerDueBy is null ? StepRole.NoClock : StepRole.Starts, duty, o.AnswerDueBy);
        }

        private void ApplyNetworkOfferAnswered(FamilyNetworkMeetingOfferAnswered a)
        {
            var duty = DutyFor(WorkKinds.FamilyNetworkOffer, a.OfferId, a.OfferId, a.ReferralId, ServiceNames.FamilyNetworks);
            var deadline = a.OfferSettled ? duty.DueBy : null;
            if (a.OfferSettled) duty.Close(a.AnsweredOn, discharged: true);
            // One step per answer: the offer, the day and the answer (two people answering alike on one day show once).
            Step(StepKinds.FamilyNetworkOfferAnswered, a.OfferId, a.AnsweredOn, null, ServiceNames.FamilyNetworks, a.OfferId, a.ReferralId,
                Details.Of(("answer", a.Answer), ("offerSettled", a.OfferSettled)), [], deadline is null ? StepRole.NoClock : StepRole.Discharges, duty, deadline,
                keySuffix: $":{a.AnsweredOn:yyyy-MM-dd}:{a.Answer}:{a.OfferSettled}");
        }

        private void ApplyRequestClosed(FamilyNetworkMeetingRequestClosed c)
        {
            foreach (var offer in _offersByRequest.GetValueOrDefault(c.RequestId) ?? []) _duties[Key(WorkKinds.FamilyNetworkOffer, offer)].Close(c.ClosedOn, discharged: false);
            Step(StepKinds.FamilyNetworkRequestClosed, c.RequestId, c.ClosedOn, null, ServiceNames.FamilyNetworks, c.RequestId, c.ReferralId,
                Details.Of(("stage", c.Stage), ("reason", c.ReasonCode)), []);
        }

        private void AddPreProceedings(PreProceedingsRecorded p) =>
            Step(StepKinds.PreProceedingsRecorded, p.PreProceedingsId, p.PPStartDate, null, ServiceNames.FamilyNetworks, p.PreProceedingsId, p.ReferralId,
                Details.Of(("letterBeforeProceedingsSent", p.LBPSentDate is not null), ("fgdmMeetingOffered", p.FGDMMeetingOffer), ("fgdmMeetingFacilitated", p.FGDMMeetingFac),
                    ("reviewMeetings", p.ReviewMeetingsCount), ("outcome", p.PPOutcome), ("courtApplication", p.CourtAppDate is not null)), []);

        // --- advocacy --------------------------------------------------------------------------------------------

        private void ApplyAdvocacyOffered(AdvocacyOffered o)
        {
            var on = London(o.OfferedAt);
            var duty = DutyFor(WorkKinds.AdvocacyOffer, o.OfferId, o.OfferId, o.ReferralId, ServiceNames.Advocacy).Open(on, o.AnswerDueBy);
            duty.Details["stage"] = o.Stage;
            Remember(_advocacyByParent, o.ParentId, o.OfferId);
            Step(StepKinds.AdvocacyOffered, o.OfferId, on, o.OfferedAt, ServiceNames.Advocacy, o.OfferId, o.ReferralId,
                Details.Of(("stage", o.Stage)), [], o.AnswerDueBy is null ? StepRole.NoClock : StepRole.Starts, duty, o.AnswerDueBy);
        }

        private void ApplyAdvocacyAnswered(AdvocacyOfferAnswered a)
        {
            var duty = DutyFor(WorkKinds.AdvocacyOffer, a.OfferId, a.OfferId, a.ReferralId, ServiceNames.Advocacy);
            var deadline = duty.DueBy;
            var answered = a.Answer != AdvocacyOfferAnswers.Lapsed;
            duty.Close(a.AnsweredOn, discharged: answered);
            Step(StepKinds.AdvocacyOfferAnswered, a.OfferId, a.AnsweredOn, null, ServiceNames.Advocacy, a.OfferId, a.ReferralId,
                Details.Of(("answer", a.Answer), ("stage", a.Stage)), [], deadline is null ? StepRole.NoClock : StepRole.Discharges, duty, deadline, discharging: answered);
        }

        private void ApplyAdvocacyEnded(AdvocacyEnded e)
        {
            var on = London(e.EndedAt);
            foreach (var offer in _advocacyByParent.GetValueOrDefault(e.ParentId) ?? []) _duties[Key(WorkKinds.AdvocacyOffer, offer)].Close(on, discharged: false);
            Step(StepKinds.AdvocacyEnded, e.AllocationId, on, e.EndedAt, ServiceNames.Advocacy, e.AllocationId, e.ReferralId, Details.Of(("reason", e.ReasonCode)), []);
        }

        // --- professional disagreements --------------------------------------------------------------------------

        private void ApplyDisagreementRaised(ProfessionalDisagreementRaised r)
        {
            var on = London(r.RaisedAt);
            var duty = DisagreementStage(r.DisagreementId, r.Stage).Open(on, r.StageDueOn);
            Step(StepKinds.DisagreementRaised, r.DisagreementId, on, r.RaisedAt, ServiceNames.Referrals, r.DisagreementId, ReferralOf(r),
                Details.Of(("subject", r.Subject), ("stage", r.Stage), ("raisedBy", r.RaisedByAgency), ("about", r.AboutAgency)),
                [r.RaisedByAgency, r.AboutAgency], StepRole.Starts, duty, r.StageDueOn);
        }

        private void ApplyDisagreementEscalated(ProfessionalDisagreementEscalated e)
        {
            Current(WorkKinds.Disagreement, e.DisagreementId)?.Close(e.StartedOn, discharged: false);
            var duty = DisagreementStage(e.DisagreementId, e.Stage).Open(e.StartedOn, e.StageDueOn);
            Step(StepKinds.DisagreementEscalated, e.DisagreementId, e.StartedOn, null, ServiceNames.Referrals, e.DisagreementId, ReferralOf(_disagreements.GetValueOrDefault(e.DisagreementId)),
                Details.Of(("stage", e.Stage)), DisagreementAgencies(e.DisagreementId), StepRole.Starts, duty, e.StageDueOn, keySuffix: ":" + e.Stage);
        }

        private void ApplyDisagreementResolved(ProfessionalDisagreementResolved r)
        {
            var current = Current(WorkKinds.Disagreement, r.DisagreementId);
            var deadline = current?.DueBy;
            current?.Close(r.ResolvedOn, discharged: true);
            Step(StepKinds.DisagreementResolved, r.DisagreementId, r.ResolvedOn, null, ServiceNames.Referrals, r.DisagreementId, ReferralOf(_disagreements.GetValueOrDefault(r.DisagreementId)),
                Details.Of(("stage", r.Stage), ("outcome", r.Outcome)), DisagreementAgencies(r.DisagreementId),
                deadline is null ? StepRole.NoClock : StepRole.Discharges, current, deadline);
        }

        private Duty DisagreementStage(Guid disagreementId, string stage)
        {
            var raised = _disagreements.GetValueOrDefault(disagreementId);
            var duty = DutyFor(WorkKinds.Disagreement, disagreementId, disagreementId, ReferralOf(raised), ServiceNames.Referrals, keySuffix: ":" + stage);
            duty.Details["stage"] = stage;
            if (raised is not null)
            {
                duty.Details["subject"] = raised.Subject;
                duty.Agency = raised.AboutAgency;
                duty.Agencies = [raised.RaisedByAgency, raised.AboutAgency];
            }
            _current[(WorkKinds.Disagreement, disagreementId)] = duty;
            return duty;
        }

        private static Guid? ReferralOf(ProfessionalDisagreementRaised? r) =>
            r is { Subject: DisagreementSubjects.ReferralDecision, SubjectId: { } referral } ? referral : null;

        private IEnumerable<string?> DisagreementAgencies(Guid id) =>
            _disagreements.TryGetValue(id, out var r) ? [r.RaisedByAgency, r.AboutAgency] : [];

        // --- the machinery ---------------------------------------------------------------------------------------

        private readonly Dictionary<(string Kind, Guid Source), Duty> _current = [];

        /// <summary>A duty that recurs under one record (a plan's core groups and reviews): numbered, the latest current.</summary>
        private void Rolling(string kind, Guid planId, Guid? referralId, DateOnly openedOn, DateOnly? dueBy)
        {
            var n = _rolling[planId] = _rolling.GetValueOrDefault(planId) + 1;
            var duty = DutyFor(kind, planId, planId, referralId, ServiceNames.Conferences, keySuffix: ":" + n).Open(openedOn, dueBy);
            duty.Details["planId"] = planId;
            _current[(kind, planId)] = duty;
        }

        private Duty? Current(string kind, Guid source) => _current.TryGetValue((kind, source), out var duty) && duty.IsOpen ? duty : null;

        private bool PlanHasEnded(Guid planId, DateOnly on) => _plans.TryGetValue(planId, out var plan) && plan.EndDate is { } end && end <= on;

        private Duty DutyFor(string kind, Guid id, Guid sourceId, Guid? referralId, string service, bool listed = true, string keySuffix = "")
        {
            var key = Key(kind, id) + keySuffix;
            if (!_duties.TryGetValue(key, out var duty)) _duties[key] = duty = new Duty(key, kind, listed) { SourceId = sourceId, Service = service };
            duty.ReferralId ??= referralId;
            return duty;
        }

        private static string Key(string kind, Guid id) => $"{kind}:{id}";

        private void Step(string kind, Guid keyId, DateOnly on, DateTimeOffset? at, string service, Guid sourceId, Guid? referralId,
            SortedDictionary<string, object?> details, IEnumerable<string?> agencies, StepRole role = StepRole.NoClock, Duty? duty = null, DateOnly? deadline = null,
            string keySuffix = "", bool discharging = true) =>
            _steps.Add(new StepDraft
            {
                Kind = kind,
                KeyId = keyId + keySuffix,
                On = on,
                At = at,
                Service = service,
                SourceId = sourceId,
                ReferralId = referralId,
                Details = details,
                Agencies = agencies,
                Role = role,
                Duty = duty,
                Deadline = deadline,
                Discharging = discharging,
            });

        private TimelineStep Finish(StepDraft s)
        {
            var (discharged, closed) = s.Role switch
            {
                StepRole.Discharges => (s.Discharging ? s.On : (DateOnly?)null, (DateOnly?)s.On),
                StepRole.Starts when s.Duty is { } d => (d.Discharged ? d.ClosedOn : null, d.ClosedOn),
                _ => (null, null),
            };
            return new TimelineStep
            {
                LaChildId = child,
                Key = s.Kind + ":" + s.KeyId,
                Kind = s.Kind,
                KindOrder = StepKinds.OrderOf(s.Kind),
                On = s.On,
                At = s.At?.ToUniversalTime(),
                Service = s.Service,
                SourceId = s.SourceId,
                ReferralId = s.ReferralId,
                Details = Projection.Details.Json(s.Details),
                Deadline = s.Role == StepRole.NoClock ? null : s.Deadline ?? s.Duty?.DueBy,
                DischargedOn = discharged,
                ClosedOn = closed,
                Agencies = AgencyList([Agencies.LocalAuthority, .. s.Agencies]),
            };
        }

        private WorkItem ItemOf(Duty d) => new()
        {
            LaChildId = child,
            Key = d.Key,
            Kind = d.Kind,
            SourceId = d.SourceId,
            ReferralId = d.ReferralId,
            Service = d.Service,
            OpenedOn = d.OpenedOn!.Value,
            DueBy = d.DueBy,
            ClosedOn = d.ClosedOn,
            Discharged = d.Discharged,
            Agency = d.Agency,
            Agencies = AgencyList(d.Agencies),
            Details = Projection.Details.Json(d.Details),
        };

        private void MarkEarlierPlans()
        {
            foreach (var plan in _plans.Values)
            {
                plan.EarlierPlanKnown = plan.StartDate is { } start && _plans.Values.Any(other => other.PlanId != plan.PlanId && other.StartDate is { } s && s < start);
            }
        }

        private IEnumerable<string?> PlanAgencies(Guid planId) => _planStarts.GetValueOrDefault(planId)?.Agencies ?? [];

        private ReferralFact Referral(Guid id) =>
            _referrals.TryGetValue(id, out var fact) ? fact : _referrals[id] = new ReferralFact { LaChildId = child, ReferralId = id };

        private PlanFact Plan(Guid id) => _plans.TryGetValue(id, out var fact) ? fact : _plans[id] = new PlanFact { LaChildId = child, PlanId = id };

        private static void Remember(Dictionary<Guid, List<Guid>> index, Guid key, Guid value)
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = [];
            if (!list.Contains(value)) list.Add(value);
        }

        private static List<string> AgencyList(IEnumerable<string?> agencies) =>
            [.. agencies.OfType<string>().Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

        private static string StepDownService(string exit) => exit switch
        {
            StepDownExits.ReferralDecision => ServiceNames.Referrals,
            StepDownExits.Section47NoConference => ServiceNames.Enquiries,
            _ => ServiceNames.Conferences,
        };

        private static int Progress(PreProceedingsRecorded p) =>
            p.ReviewMeetingsCount * 16 + new object?[] { p.LBPSentDate, p.FGDMMeetingOffer, p.FGDMMeetingFac, p.InitialPPMeetingDate, p.StepDecisionDate, p.PPOutcome, p.CourtAppDate }
                .Count(v => v is not null);

        /// <summary>The day a review was brought forward: the enquiry that called for it, or the birth; else its new target.</summary>
        private DateOnly BroughtForwardOn(ReviewConferenceBroughtForward b) =>
            (b.EnquiryId is { } e ? _completed.GetValueOrDefault(e)?.CompletedOn : null) ?? (b.ReasonCode == "birth" ? _birth?.DateOfBirth : null) ?? b.TargetDate;

        /// <summary>The date an event records, which orders it among the child's others.</summary>
        private DateOnly DateOf(object message) => message switch
        {
            ReferralReceived r => London(r.ReceivedAt),
            ReferralDecided d => London(d.DecidedAt),
            ConsultationRequested c => London(c.RequestedAt),
            ConsultationAnswered c => London(c.AnsweredAt),
            StrategyDiscussionRequested s => London(s.RequestedAt),
            StrategyDiscussionHeld h => h.HeldOn,
            Section47EnquiryStarted s => s.StartDate,
            AgencyCheckRequested a => a.RequestedOn,
            AgencyCheckAnswered a => London(a.AnsweredAt),
            Section47EnquiryCompleted c => c.CompletedOn,
            InitialConferenceScheduled s => s.ScheduledFor,
            ConferenceHeld h => h.HeldOn,
            ChildProtectionPlanStarted p => p.StartDate,
            CoreGroupHeld g => g.HeldOn,
            ChildProtectionPlanReviewed r => r.ReviewedOn,
            ReviewConferenceBroughtForward b => BroughtForwardOn(b),
            ChildProtectionPlanEnded e => e.EndDate,
            UnbornChildBorn b => b.DateOfBirth,
            FamilyNetworkMeetingRequested r => London(r.RequestedAt),
            FamilyNetworkMeetingOffered o => o.OfferedOn,
            FamilyNetworkMeetingOfferAnswered a => a.AnsweredOn,
            FamilyNetworkMeetingHeld h => h.HeldOn,
            FamilyPlanAgreed p => p.AgreedOn,
            FamilyNetworkMeetingRequestClosed c => c.ClosedOn,
            PreProceedingsRecorded p => p.PPStartDate,
            AdvocacyOffered o => London(o.OfferedAt),
            AdvocacyOfferAnswered a => a.AnsweredOn,
            AdvocateAllocated a => London(a.AllocatedAt),
            AdvocacyEnded e => London(e.EndedAt),
            ProfessionalDisagreementRaised r => London(r.RaisedAt),
            ProfessionalDisagreementEscalated e => e.StartedOn,
            ProfessionalDisagreementResolved r => r.ResolvedOn,
            SteppedDownToFamilyHelp s => s.HandoverDate,
            _ => DateOnly.MaxValue,
        };

        private static string KindOf(object message) => message switch
        {
            ReferralReceived => StepKinds.ReferralReceived,
            ReferralDecided => StepKinds.ReferralDecided,
            ConsultationRequested => StepKinds.ConsultationRequested,
            ConsultationAnswered => StepKinds.ConsultationAnswered,
            StrategyDiscussionRequested => StepKinds.StrategyDiscussionRequested,
            StrategyDiscussionHeld => StepKinds.StrategyDiscussionHeld,
            Section47EnquiryStarted => StepKinds.Section47Started,
            AgencyCheckRequested => StepKinds.AgencyCheckRequested,
            AgencyCheckAnswered => StepKinds.AgencyCheckAnswered,
            Section47EnquiryCompleted => StepKinds.Section47Completed,
            InitialConferenceScheduled => StepKinds.InitialConferenceScheduled,
            ConferenceHeld => StepKinds.ConferenceHeld,
            ChildProtectionPlanStarted => StepKinds.PlanStarted,
            CoreGroupHeld => StepKinds.CoreGroupHeld,
            ChildProtectionPlanReviewed => StepKinds.PlanReviewed,
            ReviewConferenceBroughtForward => StepKinds.ReviewBroughtForward,
            ChildProtectionPlanEnded => StepKinds.PlanEnded,
            UnbornChildBorn => StepKinds.ChildBorn,
            FamilyNetworkMeetingRequested => StepKinds.FamilyNetworkMeetingRequested,
            FamilyNetworkMeetingOffered => StepKinds.FamilyNetworkMeetingOffered,
            FamilyNetworkMeetingOfferAnswered => StepKinds.FamilyNetworkOfferAnswered,
            FamilyNetworkMeetingHeld => StepKinds.FamilyNetworkMeetingHeld,
            FamilyPlanAgreed => StepKinds.FamilyPlanAgreed,
            FamilyNetworkMeetingRequestClosed => StepKinds.FamilyNetworkRequestClosed,
            PreProceedingsRecorded => StepKinds.PreProceedingsRecorded,
            AdvocacyOffered => StepKinds.AdvocacyOffered,
            AdvocacyOfferAnswered => StepKinds.AdvocacyOfferAnswered,
            AdvocateAllocated => StepKinds.AdvocateAllocated,
            AdvocacyEnded => StepKinds.AdvocacyEnded,
            ProfessionalDisagreementRaised => StepKinds.DisagreementRaised,
            ProfessionalDisagreementEscalated => StepKinds.DisagreementEscalated,
            ProfessionalDisagreementResolved => StepKinds.DisagreementResolved,
            SteppedDownToFamilyHelp => StepKinds.SteppedDown,
            _ => "",
        };

        public static string Body(object message) => JsonSerializer.Serialize(message, message.GetType(), ContractJson.Options);

        private static DateOnly London(DateTimeOffset at) => LondonClock.ToLondonDate(at);

        /// <summary>A stable id for a step whose event carries none (a birth), from its natural key.</summary>
        private static Guid NameGuid(string name) => new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(name)));
    }
}
