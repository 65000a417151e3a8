using Macpt.Conferences.Domain;
using Macpt.Conferences.Infrastructure;
using Macpt.Messaging.Outbox;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Security;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Macpt.Conferences.Apis;

/// <summary>What the conference endpoints share, bound from DI with <c>[AsParameters]</c>, and their two kinds of record changed the one way.</summary>
public sealed record ConferencesServices(ConferencesDbContext Db, IOutbox Outbox, TimeProvider Time, WorkingDayCalendar Calendar, HttpContext Http)
{
    public DateOnly Today => LondonClock.Today(Time);

    /// <summary>Whoever is acting, from the token: the one source of "who did this" on every record.</summary>
    public Actor Actor => Http.Actor();

    /// <summary>Loads the conference (404), applies the change, saves, answers its view (<see cref="RecordChange"/>).</summary>
    public Task<Results<Ok<ConferenceView>, ValidationProblem, ProblemHttpResult>> ChangeConferenceAsync(
        Guid id, Func<ChildProtectionConference, Task> change, CancellationToken ct) =>
        Db.ChangeAsync(id, "conference", change, c => ConferenceView.LoadAsync(Db, c, ct), ct);

    /// <summary>Loads the plan (404), applies the change, saves, answers its view.</summary>
    public Task<Results<Ok<PlanView>, ValidationProblem, ProblemHttpResult>> ChangePlanAsync(
        Guid id, Func<ChildProtectionPlan, Task> change, CancellationToken ct) =>
        Db.ChangeAsync(id, "plan", change, p => Task.FromResult(PlanView.From(p)), ct);
}
