using Macpt.Conferences.Domain;
using Macpt.Conferences.Infrastructure;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Apis;

/// <summary>What the conference endpoints share, bound from DI with <c>[AsParameters]</c>, and the one way they change a record.</summary>
public sealed record ConferencesServices(ConferencesDbContext Db, TimeProvider Time, WorkingDayCalendar Calendar)
{
    public DateOnly Today => LondonClock.Today(Time);

    /// <summary>Loads the conference (404), applies the change (a broken rule answers through the mapper), saves, answers its view.</summary>
    public async Task<Results<Ok<ConferenceView>, ValidationProblem, ProblemHttpResult>> ChangeConferenceAsync(
        Guid id, Func<ChildProtectionConference, Task> change, CancellationToken ct)
    {
        var conference = await Db.Conferences.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (conference is null) return Problems.NotFound("conference", id);
        await change(conference);
        await Db.SaveChangesAsync(ct); // a racing change fails on the row version: 409
        return TypedResults.Ok(await ConferenceView.LoadAsync(Db, conference, ct));
    }

    /// <summary>Loads the plan (404), applies the change, saves, answers its view.</summary>
    public async Task<Results<Ok<PlanView>, ValidationProblem, ProblemHttpResult>> ChangePlanAsync(
        Guid id, Func<ChildProtectionPlan, Task> change, CancellationToken ct)
    {
        var plan = await Db.Plans.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return Problems.NotFound("plan", id);
        await change(plan);
        await Db.SaveChangesAsync(ct); // a racing change fails on the row version: 409
        return TypedResults.Ok(PlanView.From(plan));
    }
}
