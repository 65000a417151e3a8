using Macpt.Conferences.Apis;
using Macpt.Conferences.Domain;
using Macpt.Conferences.Infrastructure;
using Macpt.Persistence;
using Macpt.WorkingDays;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Application;

/// <summary>
/// Another authority notified this one that a child on its plan has moved here: a transfer-in conference to arrange,
/// due within 15 working days of the notification (<see cref="Domain.Timescales.TransferInConferenceDue"/>), once per
/// Idempotency-Key (the one idempotency path). Held like any initial conference, it may start this authority's plan.
/// </summary>
public sealed class CreateTransferInConference(ConferencesDbContext db, IdempotentCreation<ConferencesDbContext> idempotent, WorkingDayCalendar calendar,
    TimeProvider time)
{
    public const string Operation = "conferences.transfer-in-conference.create";

    public Task<Idempotent<ConferenceView>> RunAsync(string key, TransferInRequest request, string recordedBy, CancellationToken ct) =>
        idempotent.CreateAsync(Operation, key, request, async ct =>
        {
            var now = time.GetUtcNow();
            var transfer = new TransferIn(request.NotifiedOn!.Value, request.FromAuthority!.Trim(), request.PreviousPlanStartDate, recordedBy, now);
            var conference = ChildProtectionConference.TransferredIn(Guid.CreateVersion7(now), request.ReferralId, request.LaChildId!, transfer, calendar, now);
            db.Conferences.Add(conference);
            return (conference.Id.ToString(), await ConferenceView.LoadAsync(db, conference, ct));
        }, ReplayAsync, ct);

    private async Task<ConferenceView> ReplayAsync(string conferenceId, CancellationToken ct)
    {
        var id = Guid.Parse(conferenceId);
        return await ConferenceView.LoadAsync(db, await db.Conferences.AsNoTracking().SingleAsync(c => c.Id == id, ct), ct);
    }
}
