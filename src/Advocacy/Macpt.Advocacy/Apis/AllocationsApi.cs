using Macpt.Advocacy.Apis.Validation;
using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Apis;

/// <summary>Allocations of advocates to parents, and the advocate's attendance at the meetings of the process.</summary>
public static class AllocationsApi
{
    public static IEndpointRouteBuilder MapAllocationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/advocacy/allocations").WithTags("Allocations");
        api.MapGet("/", ListAllocations).WithName("ListAllocations");
        api.MapGet("/{id:guid}", GetAllocation).WithName("GetAllocation");
        api.MapPost("/{id:guid}/attendance", RecordAttendance).WithName("RecordAdvocateAttendance");
        return app;
    }

    /// <summary>An advocate's or a parent's allocations; only the active ones unless <c>active=false</c>.</summary>
    public static async Task<Results<Ok<List<AllocationView>>, ValidationProblem>> ListAllocations(
        Guid? advocateId, Guid? parentId, bool? active, AdvocacyDbContext db, CancellationToken ct)
    {
        if (advocateId is null && parentId is null) return Problems.Invalid("advocateId", "Say whose allocations: advocateId or parentId.");
        var query = db.Allocations.AsNoTracking();
        if (advocateId is { } a) query = query.Where(x => x.AdvocateId == a);
        if (parentId is { } p) query = query.Where(x => x.ParentId == p);
        if (active ?? true) query = query.Where(x => x.EndedAt == null);
        var list = await query.OrderBy(x => x.AllocatedAt).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(AllocationView.From).ToList());
    }

    public static async Task<Results<Ok<AllocationDetails>, ProblemHttpResult>> GetAllocation(Guid id, AdvocacyDbContext db, CancellationToken ct)
    {
        var allocation = await db.Allocations.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (allocation is null) return Problems.NotFound("allocation", id);
        var attendance = await db.Attendances.AsNoTracking().Where(a => a.AllocationId == id).OrderBy(a => a.MeetingOn).ToListAsync(ct);
        return TypedResults.Ok(new AllocationDetails(AllocationView.From(allocation), attendance.Select(AttendanceView.From).ToList()));
    }

    /// <summary>
    /// Records whether the advocate attended a strategy discussion, conference or core group with the parent. A
    /// meeting after the allocation ended is refused (422); the same meeting twice is a conflict (409).
    /// </summary>
    public static async Task<Results<Created<AttendanceView>, ValidationProblem, ProblemHttpResult>> RecordAttendance(
        Guid id, AttendanceRequest request, AdvocacyDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = OfferRules.Check(request, LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);
        var allocation = await db.Allocations.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (allocation is null) return Problems.NotFound("allocation", id);
        var meetingOn = request.MeetingOn!.Value;
        if (meetingOn < LondonClock.ToLondonDate(allocation.AllocatedAt))
            return Problems.Unprocessable("meetingOn", "The meeting was before the advocate was allocated.");
        if (allocation.EndedAt is { } ended && meetingOn > LondonClock.ToLondonDate(ended))
            return Problems.Unprocessable("meetingOn", "The meeting was after the advocate stopped acting for the parent.");
        if (await db.Attendances.AnyAsync(a => a.AllocationId == id && a.Meeting == request.Meeting && a.MeetingOn == meetingOn, ct))
            return Problems.Conflict("The attendance is already recorded.", "This meeting's attendance is recorded once for the allocation.", "meetingOn");
        var now = time.GetUtcNow();
        var attendance = Attendance.Record(Guid.CreateVersion7(now), id, request.Meeting!, meetingOn, request.MeetingId, request.Attended!.Value, request.RecordedBy!, now);
        db.Attendances.Add(attendance);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/advocacy/allocations/{id}", AttendanceView.From(attendance));
    }
}
