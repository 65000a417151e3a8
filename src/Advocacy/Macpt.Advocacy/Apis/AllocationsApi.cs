using Macpt.Advocacy.Apis.Validation;
using Macpt.Advocacy.Application;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Security;
using Macpt.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Apis;

/// <summary>Allocations of advocates to parents, and the advocate's attendance at the meetings of the process.</summary>
public static class AllocationsApi
{
    public static IEndpointRouteBuilder MapAllocationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/advocacy/allocations").WithTags("Allocations").RequireAuthorization(AccessPolicies.Advocacy);
        api.MapGet("/", ListAllocations).WithName("ListAllocations");
        api.MapGet("/{id:guid}", GetAllocation).WithName("GetAllocation");
        api.MapPost("/{id:guid}/attendance", RecordAttendance).WithName("RecordAdvocateAttendance");
        return app;
    }

    public sealed record AllocationFilter([FromQuery(Name = "advocateId")] Guid? AdvocateId, [FromQuery(Name = "parentId")] Guid? ParentId, [FromQuery(Name = "active")] bool? Active);

    public const string WhoseAllocationsMessage = "Say whose allocations: advocateId or parentId.";

    /// <summary>An advocate's or a parent's allocations, oldest first; only the active ones unless <c>active=false</c>.</summary>
    public static async Task<Results<Ok<Paged<AllocationView>>, ValidationProblem>> ListAllocations(
        [AsParameters] AllocationFilter filter, [AsParameters] PageQuery page, [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (filter is { AdvocateId: null, ParentId: null }) errors.Add("advocateId", WhoseAllocationsMessage);
        page.Check(errors);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var query = s.Db.Allocations.AsNoTracking();
        if (filter.AdvocateId is { } a) query = query.Where(x => x.AdvocateId == a);
        if (filter.ParentId is { } p) query = query.Where(x => x.ParentId == p);
        if (filter.Active ?? true) query = query.Where(x => x.EndedAt == null);
        var allocations = await query.OrderBy(x => x.AllocatedAt).ThenBy(x => x.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(allocations.Select(AllocationView.From));
    }

    public static async Task<Results<Ok<AllocationDetails>, ProblemHttpResult>> GetAllocation(Guid id, [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        var allocation = await s.Db.Allocations.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (allocation is null) return Problems.NotFound("allocation", id);
        var attendance = await s.Db.Attendances.AsNoTracking().Where(a => a.AllocationId == id).OrderBy(a => a.MeetingOn).ThenBy(a => a.Id).ToListAsync(ct);
        return TypedResults.Ok(new AllocationDetails(AllocationView.From(allocation), attendance.Select(AttendanceView.From).ToList()));
    }

    /// <summary>
    /// Records whether the advocate attended a strategy discussion, conference or core group with the parent
    /// (<see cref="Application.RecordAttendance"/>): a meeting outside the allocation is refused (422); the same meeting twice is 409.
    /// </summary>
    public static async Task<Results<Created<AttendanceView>, ValidationProblem, ProblemHttpResult>> RecordAttendance(
        Guid id, AttendanceRequest request, [AsParameters] AdvocacyServices s, RecordAttendance recording, CancellationToken ct)
    {
        var errors = AttendanceValidation.Check(request, s.Today());
        if (!errors.IsValid) return Problems.Invalid(errors);
        var allocation = await s.Db.Allocations.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (allocation is null) return Problems.NotFound("allocation", id);
        var attendance = await recording.RunAsync(allocation, request, s.ActorId, ct);
        return TypedResults.Created($"/api/advocacy/allocations/{id}", AttendanceView.From(attendance));
    }
}
