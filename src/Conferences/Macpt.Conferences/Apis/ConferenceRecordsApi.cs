using Macpt.Conferences.Apis.Validation;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Validation;
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
        Guid id, FinaliseRecordRequest request, [AsParameters] ConferencesServices s, CancellationToken ct)
    {
        var errors = FinaliseRecordValidation.Check(request, s.Today);
        if (!errors.IsValid) return Problems.Invalid(errors);
        return await s.ChangeConferenceAsync(id, c => { c.FinaliseRecord(s.Actor.Id, request.FinalisedOn!.Value); return Task.CompletedTask; }, ct);
    }

    public static async Task<Results<Ok<ConferenceView>, ValidationProblem, ProblemHttpResult>> Distribute(
        Guid id, DistributeRecordRequest request, [AsParameters] ConferencesServices s, CancellationToken ct)
    {
        var errors = DistributeRecordValidation.Check(request, s.Today);
        if (!errors.IsValid) return Problems.Invalid(errors);
        return await s.ChangeConferenceAsync(id, c => { c.DistributeRecord(request.DistributedTo!.Select(r => r!), request.DistributedOn!.Value); return Task.CompletedTask; }, ct);
    }

    /// <summary>Held conferences whose record has not been distributed, oldest first, with their age in days and working days.</summary>
    public static async Task<Results<Ok<Paged<UndistributedRecord>>, ValidationProblem>> ListUndistributed(
        string? laChildId, [AsParameters] PageQuery page, [AsParameters] ConferencesServices s, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (!page.Check(errors)) return Problems.Invalid(errors);
        var today = s.Today;
        var query = s.Db.Conferences.AsNoTracking().Where(c => c.HeldOn != null && c.RecordDistributedOn == null);
        if (laChildId is not null) query = query.Where(c => c.LaChildId == laChildId);
        var found = await query.OrderBy(c => c.HeldOn).ThenBy(c => c.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(found.Select(c => UndistributedRecord.From(c, today, s.Calendar)));
    }
}
