using Macpt.Conferences.Apis.Validation;
using Macpt.Conferences.Infrastructure;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Apis;

/// <summary>
/// The conference record: finalised by the chair, then distributed to the participants (ids) with the date
/// kept. Held conferences whose record has not gone out are listed oldest first.
/// </summary>
public static class ConferenceRecordsApi
{
    public static async Task<Results<Ok<ConferenceView>, ValidationProblem, ProblemHttpResult>> Finalise(
        Guid id, FinaliseRecordRequest request, ConferencesDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = ConferenceRules.Check(request, LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);
        var conference = await db.Conferences.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (conference is null) return Problems.NotFound("conference", id);
        if (!conference.IsHeld) return Problems.Conflict("The conference has not been held.", "A record is finalised after the conference.", "finalisedOn");
        if (conference.Record is not null) return Problems.Conflict("The record is already finalised.", "A record is finalised once.", "finalisedBy");
        if (!string.Equals(request.FinalisedBy, conference.Arrangements!.ChairId, StringComparison.OrdinalIgnoreCase))
            return Problems.Unprocessable("finalisedBy", "The record is finalised by the conference's chair.");
        if (request.FinalisedOn!.Value < conference.HeldOn) return Problems.Unprocessable("finalisedOn", "The record is finalised on or after the day of the conference.");
        conference.FinaliseRecord(request.FinalisedBy!, request.FinalisedOn.Value);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ConferencesApi.ViewAsync(db, conference, ct));
    }

    public static async Task<Results<Ok<ConferenceView>, ValidationProblem, ProblemHttpResult>> Distribute(
        Guid id, DistributeRecordRequest request, ConferencesDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = ConferenceRules.Check(request, LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);
        var conference = await db.Conferences.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (conference is null) return Problems.NotFound("conference", id);
        if (conference.Record is null) return Problems.Conflict("The record is not finalised.", "The chair finalises the record before it is distributed.", "distributedTo");
        if (conference.Record.DistributedOn is not null) return Problems.Conflict("The record has been distributed.", "A record is distributed once.", "distributedTo");
        if (request.DistributedOn!.Value < conference.Record.FinalisedOn)
            return Problems.Unprocessable("distributedOn", "The record is distributed on or after the day it was finalised.");
        conference.DistributeRecord(request.DistributedTo!.Select(r => r!), request.DistributedOn.Value);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ConferencesApi.ViewAsync(db, conference, ct));
    }

    /// <summary>Held conferences whose record has not been distributed, oldest first, with their age in days and working days.</summary>
    public static async Task<Ok<List<UndistributedRecord>>> ListUndistributed(
        string? laChildId, ConferencesDbContext db, WorkingDayCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        var today = LondonClock.Today(time);
        var query = db.Conferences.AsNoTracking().Where(c => c.HeldOn != null && c.RecordDistributedOn == null);
        if (laChildId is not null) query = query.Where(c => c.LaChildId == laChildId);
        var list = await query.OrderBy(c => c.HeldOn).ThenBy(c => c.Id).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(c => new UndistributedRecord(c.Id, c.Kind, c.LaChildId, c.HeldOn!.Value, c.Record is not null,
            today.DayNumber - c.HeldOn.Value.DayNumber, calendar.WorkingDaysBetween(c.HeldOn.Value, today))).ToList());
    }
}
