using Macpt.Conferences.Apis.Validation;
using Macpt.Conferences.Application;
using Macpt.Contracts.Conferences;
using Macpt.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Apis;

/// <summary>
/// Holding a conference: the views heard and the decision. The rules are the conference's and the plan's own
/// (<see cref="HoldConference"/>); a broken one answers 409 or 422 through the problem mapper.
/// </summary>
public static class ConferenceOutcomesApi
{
    public static async Task<Results<Ok<ConferenceView>, ValidationProblem, ProblemHttpResult>> Hold(
        Guid id, ConferenceOutcomeRequest request, HoldConference hold, [AsParameters] ConferencesServices s, CancellationToken ct)
    {
        var conference = await s.Db.Conferences.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (conference is null) return Problems.NotFound("conference", id);
        var errors = HoldConferenceValidation.Check(request, conference.Kind, s.Today); // what is asked depends on the kind
        if (!errors.IsValid) return Problems.Invalid(errors);
        var outcome = request.ToOutcome(await ParentAdvocates.ToInviteAsync(s.Db, conference.LaChildId, ct), s.Actor.Id, s.Time.GetUtcNow());
        if (conference.Kind == ConferenceKinds.Initial) await hold.InitialAsync(conference, outcome, request.Plan?.ToDecision(), ct, request.StepDown?.ToStepDown());
        else await hold.ReviewAsync(conference, outcome, request.LatestCategoryOfAbuse!, request.Ending?.ToDecision(), ct, request.PlanChanges);
        await s.Db.SaveChangesAsync(ct); // a racing second outcome fails on the row version (or the one-open-plan index): 409
        return TypedResults.Ok(await ConferenceView.LoadAsync(s.Db, conference, ct));
    }
}
