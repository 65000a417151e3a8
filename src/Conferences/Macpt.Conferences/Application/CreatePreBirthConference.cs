using Macpt.Conferences.Apis;
using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Conferences.Infrastructure;
using Macpt.Persistence;
using Macpt.Rules;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Application;

/// <summary>
/// An LCPP creates the initial conference for an unborn child, once per Idempotency-Key (the one idempotency
/// path); an enquiry has one initial conference, however it is created (<see cref="OneInitialConferencePerEnquiry"/>).
/// </summary>
public sealed class CreatePreBirthConference(ConferencesDbContext db, IdempotentCreation<ConferencesDbContext> idempotent, TimeProvider time)
{
    public const string Operation = "conferences.pre-birth-conference.create";

    /// <summary>A twin racing under the same key gets its replay (the one idempotency path sees to it).</summary>
    public Task<Idempotent<ConferenceView>> RunAsync(string key, PreBirthConferenceRequest request, CancellationToken ct) =>
        idempotent.CreateAsync(Operation, key, request, async ct =>
        {
            if (request.EnquiryId is { } enquiryId)
                Rule.Check(new OneInitialConferencePerEnquiry(await db.Conferences.AnyAsync(c => c.EnquiryId == enquiryId, ct)));
            var now = time.GetUtcNow();
            var conference = ChildProtectionConference.Initial(Guid.CreateVersion7(now), request.EnquiryId, request.ReferralId, request.LaChildId!,
                preBirth: true, request.TargetDate!.Value, now, request.ExpectedDateOfBirth);
            db.Conferences.Add(conference);
            return (conference.Id.ToString(), await ConferenceView.LoadAsync(db, conference, ct));
        }, ReplayAsync, ct);

    private async Task<ConferenceView> ReplayAsync(string conferenceId, CancellationToken ct)
    {
        var id = Guid.Parse(conferenceId);
        return await ConferenceView.LoadAsync(db, await db.Conferences.AsNoTracking().SingleAsync(c => c.Id == id, ct), ct);
    }
}
