using Macpt.FamilyNetworks.Apis.Validation;
using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Security;
using Macpt.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.FamilyNetworks.Apis;

/// <summary>
/// A child's pre-proceedings (Public Law Outline) where family group decision-making lives: the legal planning meeting, the
/// letter before proceedings and its FGDM offer, the meetings, the outcome; each answer carries the census 2026-27
/// <c>PreProceedingsandFGDM</c> block derived from them, and each change publishes <see cref="Contracts.FamilyNetworks.PreProceedingsRecorded"/>.
/// </summary>
public static class PreProceedingsApi
{
    public static IEndpointRouteBuilder MapPreProceedingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/familynetworks/pre-proceedings").WithTags("Pre-proceedings").RequireAuthorization(AccessPolicies.FamilyNetworks);
        api.MapPost("/", Start).WithName("StartPreProceedings");
        api.MapGet("/{id:guid}", Get).WithName("GetPreProceedings");
        api.MapGet("/{id:guid}/census", Census).WithName("GetPreProceedingsCensusBlock");
        api.MapPut("/{id:guid}/letter", RecordLetter).WithName("RecordLetterBeforeProceedings");
        api.MapPost("/{id:guid}/meetings", RecordMeeting).WithName("RecordPreProceedingsMeeting");
        api.MapPost("/{id:guid}/outcome", Conclude).WithName("RecordPreProceedingsOutcome");
        return app;
    }

    /// <summary>Starts pre-proceedings after the legal planning meeting (one open at a time per child: 409 naming laChildId).</summary>
    public static async Task<Results<Created<PreProceedingsView>, ValidationProblem>> Start(
        StartPreProceedingsRequest request, StartPreProceedings start, [AsParameters] FamilyNetworksServices s, CancellationToken ct)
    {
        var errors = StartPreProceedingsValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var (record, census) = await start.RunAsync(request.LaChildId!, request.ReferralId!.Value, request.StartDate!.Value,
            request.ToMeeting(s.ActorId, s.Now()), s.ActorId, s.Now(), s.Today(), ct);
        await s.Db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/familynetworks/pre-proceedings/{record.Id}", PreProceedingsView.From(record, census));
    }

    public static async Task<Results<Ok<PreProceedingsView>, ProblemHttpResult>> Get(Guid id, FamilyNetworksDbContext db, PreProceedingsCensus census, CancellationToken ct)
    {
        var found = await db.PreProceedings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return found is null ? NotFound(id) : TypedResults.Ok(PreProceedingsView.From(found, await census.ForAsync(found, ct)));
    }

    /// <summary>The census 2026-27 <c>PreProceedingsandFGDM</c> block of these pre-proceedings, derived from what is recorded.</summary>
    public static async Task<Results<Ok<CensusBlock>, ProblemHttpResult>> Census(Guid id, FamilyNetworksDbContext db, PreProceedingsCensus census, CancellationToken ct)
    {
        var found = await db.PreProceedings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return found is null ? NotFound(id) : TypedResults.Ok(await census.ForAsync(found, ct));
    }

    /// <summary>Records (or corrects) the letter before proceedings: on or after the start (rule 9006, 422 sentOn).</summary>
    public static Task<Results<Ok<PreProceedingsView>, ValidationProblem, ProblemHttpResult>> RecordLetter(
        Guid id, LetterBeforeProceedingsRequest request, PreProceedingsCensus census, [AsParameters] FamilyNetworksServices s, CancellationToken ct) =>
        ChangeAsync(id, RecordLetterBeforeProceedingsValidation.Check(request), s, census, p => p.RecordLetter(request.ToLetter(s.ActorId, s.Now()), s.Today()), ct);

    /// <summary>Records a meeting: the initial one once (409 kind), reviews after it.</summary>
    public static Task<Results<Ok<PreProceedingsView>, ValidationProblem, ProblemHttpResult>> RecordMeeting(
        Guid id, PreProceedingsMeetingRequest request, PreProceedingsCensus census, [AsParameters] FamilyNetworksServices s, CancellationToken ct) =>
        ChangeAsync(id, RecordPreProceedingsMeetingValidation.Check(request), s, census, p => p.RecordMeeting(request.ToMeeting(s.ActorId, s.Now()), s.Today()), ct);

    /// <summary>Records the step decision and outcome once: rules 9009 (422 decidedOn) and 9012 (422 courtApplicationOn).</summary>
    public static Task<Results<Ok<PreProceedingsView>, ValidationProblem, ProblemHttpResult>> Conclude(
        Guid id, PreProceedingsOutcomeRequest request, PreProceedingsCensus census, [AsParameters] FamilyNetworksServices s, CancellationToken ct) =>
        ChangeAsync(id, RecordPreProceedingsOutcomeValidation.Check(request), s, census, p => p.Conclude(request.ToOutcome(s.ActorId, s.Now()), s.Today()), ct);

    /// <summary>Checks the shape (400), loads (404), changes, announces the census block through the outbox, saves.</summary>
    private static async Task<Results<Ok<PreProceedingsView>, ValidationProblem, ProblemHttpResult>> ChangeAsync(Guid id, RequestErrors errors,
        FamilyNetworksServices s, PreProceedingsCensus census, Action<PreProceedings> change, CancellationToken ct)
    {
        if (!errors.IsValid) return Problems.Invalid(errors);
        CensusBlock? block = null;
        return await s.Db.ChangeAsync<PreProceedings, PreProceedingsView>(id, Resource, async p =>
        {
            change(p);
            block = await census.ForAsync(p, ct);
            s.Outbox.Add(PreProceedingsCensus.Announce(p, block));
        }, p => Task.FromResult(PreProceedingsView.From(p, block!)), ct);
    }

    private const string Resource = "pre-proceedings";
    private static ProblemHttpResult NotFound(Guid id) => Problems.NotFound(Resource, id);
}
