using Macpt.Contracts;
using Macpt.Enquiries.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Enquiries.Apis.Validation;

/// <summary>
/// The threshold decision: the date held, who held it (the MACPT, or out of hours the emergency duty team or police), whether the Section 47 threshold is met, the
/// reasons, who attended, any immediate safety actions (each what, which agency owns it, and by when: not
/// before the discussion); who recorded it is the token's actor. Who must attend is a domain rule, checked by the discussion.
/// </summary>
public static class StrategyDiscussionOutcomeValidation
{
    public static RequestErrors Check(OutcomeRequest r)
    {
        var errors = new RequestErrors();
        // A date in the future is a rule of the discussion (DiscussionIsNotHeldInTheFuture, 422), not of the request's shape.
        var heldOn = errors.Required("heldOn", r.HeldOn) ? r.HeldOn : null;
        errors.OptionalOneOf("heldBy", r.HeldBy, StrategyDiscussionHeldBy.All);
        errors.Required("thresholdMet", r.ThresholdMet);
        errors.Text("reasons", r.Reasons, Limits.Text);
        AttendeesValidation.Check(errors, "attended", r.Attended);
        if (r.SafetyActions is { Count: > Limits.SafetyActions }) errors.Add("safetyActions", RequestErrors.Messages.TooMany(Limits.SafetyActions));
        else
        {
            for (var i = 0; i < (r.SafetyActions?.Count ?? 0); i++)
            {
                var at = $"safetyActions[{i}]";
                if (!errors.Required(at, r.SafetyActions![i])) continue;
                var a = r.SafetyActions[i]!;
                errors.Text($"{at}.action", a.Action, Limits.ShortText);
                errors.OneOf($"{at}.ownerAgency", a.OwnerAgency, Agencies.StrategyDiscussion);
                if (errors.Required($"{at}.dueBy", a.DueBy)) errors.NotBefore($"{at}.dueBy", a.DueBy, "heldOn", heldOn);
            }
        }
        return errors;
    }
}
