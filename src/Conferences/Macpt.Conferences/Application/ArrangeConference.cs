using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Conferences.Infrastructure;
using Macpt.Contracts.Conferences;
using Macpt.Messaging.Outbox;
using Macpt.Rules;
using Macpt.WorkingDays;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Application;

/// <summary>
/// Arranging a conference, with what it needs from the store: advocates whose advocacy ended are not invited again
/// (<see cref="EndedAdvocacyIsNotReinvited"/>), and a review is after the start of the plan it reviews. An initial
/// conference tells other services (<see cref="InitialConferenceScheduled"/>) through the outbox.
/// </summary>
public sealed class ArrangeConference(ConferencesDbContext db, IOutbox outbox, WorkingDayCalendar calendar)
{
    public async Task RunAsync(ChildProtectionConference conference, ConferenceArrangements proposed, CancellationToken ct)
    {
        DateOnly? planStart = conference.PlanId is { } planId
            ? await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.StartDate).SingleAsync(ct)
            : null;
        conference.Arrange(proposed, calendar, planStart);
        Rule.Check(new EndedAdvocacyIsNotReinvited(proposed.Invitees, await ParentAdvocates.EndedAsync(db, conference.LaChildId, ct)));
        if (conference.Kind == ConferenceKinds.Initial)
        {
            outbox.Add(new InitialConferenceScheduled(conference.Id, conference.EnquiryId, conference.ReferralId, conference.LaChildId,
                proposed.Date, conference.TargetDate, conference.Arrangements!.Late, conference.PreBirth));
        }
    }
}
